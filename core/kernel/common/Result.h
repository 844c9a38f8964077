#pragma once

#include "core/kernel/common/Error.h"

#include <optional>
#include <utility>
#include <variant>

namespace sd {

// A value or an Error. Core code returns these instead of throwing or showing
// dialogs, so every caller has to decide what a failure means for it.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::move(value)) {}
    Result(Error error)
        : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    // By value, so `for (x : f().value())` does not iterate a destroyed temporary.
    T value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace sd

// Hands a failed Result's or Status's error to the caller of the enclosing function, whose
// own Result takes an Error: the one line for "if (!x) { return x.error(); }". The expression
// is evaluated once; a value it returns lives until the check is done.
#define SD_RETURN_IF_ERROR(expression)                                                             \
    do {                                                                                           \
        if (auto &&sdFailed_ = (expression); !sdFailed_) {                                         \
            return sdFailed_.error();                                                              \
        }                                                                                          \
    } while (false)
