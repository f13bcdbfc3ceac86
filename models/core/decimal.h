#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Newsline {

/// An exact signed decimal number (up to 38 significant digits) for amounts of money: never binary floating point.
class Decimal
{
public:
    /// How a value is rounded to fewer places.
    enum class Rounding
    {
        HalfEven,
        HalfUp
    };

    /// Zero.
    Decimal() = default;
    /// A whole number.
    explicit Decimal(qint64 value);

    /// Parses "5.6", "-0.25", "1600" (digits, at most one point; no grouping, no exponent); nullopt otherwise.
    [[nodiscard]] static std::optional<Decimal> fromString(QStringView text);
    /// The value mantissa × 10^-places ("85495, 5" is 0.85495).
    [[nodiscard]] static Decimal fromMantissa(qint64 mantissa, int places);

    /// True unless an operation overflowed or divided by zero.
    [[nodiscard]] bool isValid() const { return m_valid; }
    /// True for a valid zero.
    [[nodiscard]] bool isZero() const { return m_valid && m_mantissa == 0; }
    /// True for a valid value below zero.
    [[nodiscard]] bool isNegative() const { return m_valid && m_mantissa < 0; }
    /// True for a valid value above zero.
    [[nodiscard]] bool isPositive() const { return m_valid && m_mantissa > 0; }
    /// Digits after the decimal point as stored (trailing zeros may be kept).
    [[nodiscard]] int places() const { return m_places; }

    /// The value × 10^exponent, exactly (exponent may be negative).
    [[nodiscard]] Decimal scaledByPowerOfTen(int exponent) const;
    /// The exact sum.
    [[nodiscard]] Decimal operator+(const Decimal &other) const;
    /// The exact difference.
    [[nodiscard]] Decimal operator-(const Decimal &other) const;
    /// The exact product.
    [[nodiscard]] Decimal operator*(const Decimal &other) const;
    /// The quotient rounded to places digits after the point.
    [[nodiscard]] Decimal divided(const Decimal &divisor, int places, Rounding rounding = Rounding::HalfEven) const;
    /// The value rounded to places digits after the point (places may be negative: -3 rounds to thousands).
    [[nodiscard]] Decimal rounded(int places, Rounding rounding = Rounding::HalfEven) const;

    /// Plain digits without exponent or trailing fractional zeros ("5600000000", "8.5", "-0.12"); empty when invalid.
    [[nodiscard]] QString toString() const;
    /// The nearest double, for drawing and ranking only (a bar's length, a marker's size, an order); never for
    /// arithmetic on money or for text. 0 when invalid.
    [[nodiscard]] double toDouble() const;
    /// toString() of a value that may be missing; empty when it is.
    [[nodiscard]] static QString toString(const std::optional<Decimal> &value)
    {
        return value ? value->toString() : QString();
    }
    /// True when a and b are both above zero and the larger is at most factor times the smaller, decided exactly
    /// (5 and 10 are within a factor of 2; 100 and 105.01 are not within 1.05).
    [[nodiscard]] static bool withinFactor(const Decimal &a, const Decimal &b, const Decimal &factor);
    /// Three-way comparison of the values (invalid values compare equal to nothing but each other).
    [[nodiscard]] int compare(const Decimal &other) const;

    friend bool operator==(const Decimal &a, const Decimal &b) { return a.compare(b) == 0; }
    friend bool operator<(const Decimal &a, const Decimal &b) { return a.compare(b) < 0; }
    friend bool operator>(const Decimal &a, const Decimal &b) { return a.compare(b) > 0; }
    friend bool operator<=(const Decimal &a, const Decimal &b) { return a.compare(b) <= 0; }
    friend bool operator>=(const Decimal &a, const Decimal &b) { return a.compare(b) >= 0; }

private:
    __extension__ using Int128 = __int128;

    static Decimal invalid();
    static Decimal make(Int128 mantissa, int places);
    // Brings both operands to the same number of places; false on overflow.
    static bool align(const Decimal &a, const Decimal &b, Int128 *ma, Int128 *mb, int *places);

    Int128 m_mantissa = 0;
    int m_places = 0;
    bool m_valid = true;
};

} // namespace Newsline
