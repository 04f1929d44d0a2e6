#pragma once

#include <type_traits>
#include <utility>
#include <variant>

namespace ip {

// A value or an error, for expected failures (GCC 12 has no std::expected).
// Construct with Result<T, E>::ok(v) / ::fail(e), or implicitly when T and E differ.
template<typename T, typename E>
class [[nodiscard]] Result
{
public:
    Result(const T &value) requires(!std::is_same_v<T, E>)
        : m_data(std::in_place_index<0>, value)
    { }
    Result(T &&value) requires(!std::is_same_v<T, E>)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(const E &error) requires(!std::is_same_v<T, E>)
        : m_data(std::in_place_index<1>, error)
    { }
    Result(E &&error) requires(!std::is_same_v<T, E>)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    static Result ok(T value) { return Result(std::in_place_index<0>, std::move(value)); }
    static Result fail(E error) { return Result(std::in_place_index<1>, std::move(error)); }

    [[nodiscard]] bool isOk() const { return m_data.index() == 0; }
    [[nodiscard]] bool isError() const { return m_data.index() == 1; }
    explicit operator bool() const { return isOk(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const E &error() const & { return std::get<1>(m_data); }
    E &error() & { return std::get<1>(m_data); }

    T valueOr(T fallback) const { return isOk() ? value() : std::move(fallback); }

private:
    template<std::size_t I, typename V>
    Result(std::in_place_index_t<I> tag, V &&v)
        : m_data(tag, std::forward<V>(v))
    { }

    std::variant<T, E> m_data;
};

} // namespace ip
