#include "core/kernel/security/Secret.h"

#include <QList>
#include <algorithm>
#include <sodium.h>

namespace sd {

Secret Secret::take(QString &text) {
    Secret secret;
    secret.m_bytes = text.toUtf8();
    if (!text.isEmpty()) {
        text.detach();
        std::fill(text.begin(), text.end(), QChar(u'\0'));
    }
    text.clear();
    return secret;
}

Secret Secret::fromUtf8(QByteArray bytes) {
    Secret secret;
    secret.m_bytes = std::move(bytes);
    return secret;
}

Secret::~Secret() {
    wipe();
}

Secret::Secret(Secret &&other) noexcept
    : m_bytes(std::move(other.m_bytes)) {
    other.m_bytes = QByteArray();
}

Secret &Secret::operator=(Secret &&other) noexcept {
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

int Secret::characterCount() const {
    return static_cast<int>(QString::fromUtf8(m_bytes).toUcs4().size());
}

void Secret::wipe() {
    if (!m_bytes.isEmpty() && !m_bytes.isDetached()) {
        m_bytes = QByteArray(); // shared: another owner still uses the buffer
        return;
    }
    if (!m_bytes.isEmpty()) {
        sodium_memzero(m_bytes.data(), static_cast<size_t>(m_bytes.size()));
    }
    m_bytes = QByteArray();
}

} // namespace sd
