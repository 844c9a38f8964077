#pragma once

#include <QByteArray>
#include <QString>

namespace sd {

// A password in memory: UTF-8 bytes that are overwritten when the object goes away,
// so a password does not linger in freed heap memory after it was checked.
class Secret {
public:
    Secret() = default;
    // Takes the text and overwrites the caller's string, which must not be shared.
    static Secret take(QString &text);
    static Secret fromUtf8(QByteArray bytes);
    ~Secret();
    Secret(Secret &&other) noexcept;
    Secret &operator=(Secret &&other) noexcept;
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;

    const QByteArray &utf8() const { return m_bytes; }
    int characterCount() const; // Unicode code points, for the length rule
    bool isEmpty() const { return m_bytes.isEmpty(); }

private:
    void wipe();
    QByteArray m_bytes;
};

} // namespace sd
