#include "decimal.h"

#include <array>

namespace Newsline {

namespace {

__extension__ using Int128 = __int128;

constexpr int MaxDigits = 38;

constexpr std::array<Int128, MaxDigits + 1> makePowers()
{
    std::array<Int128, MaxDigits + 1> powers{};
    Int128 value = 1;
    for (int i = 0; i <= MaxDigits; ++i) {
        powers[std::size_t(i)] = value;
        if (i < MaxDigits) {
            value *= 10;
        }
    }
    return powers;
}

constexpr auto powersOfTen = makePowers();

bool multiplyByPowerOfTen(Int128 value, int exponent, Int128 *result)
{
    if (exponent < 0 || exponent > MaxDigits) {
        return value == 0 && (*result = 0, true);
    }
    return !__builtin_mul_overflow(value, powersOfTen[std::size_t(exponent)], result);
}

Int128 absolute(Int128 value)
{
    return value < 0 ? -value : value;
}

// Rounds quotient q (remainder r of divisor d, all non-negative) by the rule; the caller restores the sign.
Int128 roundQuotient(Int128 q, Int128 r, Int128 d, Decimal::Rounding rounding)
{
    const Int128 rest = d - r;
    if (r > rest || (r == rest && (rounding == Decimal::Rounding::HalfUp || (q % 2) != 0))) {
        return q + 1;
    }
    return q;
}

} // namespace

Decimal::Decimal(qint64 value)
    : m_mantissa(value)
{
}

Decimal Decimal::invalid()
{
    Decimal d;
    d.m_valid = false;
    return d;
}

Decimal Decimal::make(Int128 mantissa, int places)
{
    Decimal d;
    d.m_mantissa = mantissa;
    d.m_places = places;
    return d;
}

Decimal Decimal::fromMantissa(qint64 mantissa, int places)
{
    if (places < 0) {
        return make(mantissa, 0).scaledByPowerOfTen(-places);
    }
    return places > MaxDigits ? invalid() : make(mantissa, places);
}

std::optional<Decimal> Decimal::fromString(QStringView text)
{
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }
    Int128 mantissa = 0;
    bool sawDigit = false;
    int digits = 0;
    int places = 0;
    bool point = false;
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'.' && !point) {
            point = true;
            continue;
        }
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
        sawDigit = true;
        if (mantissa != 0 || c != u'0') {
            ++digits;
        }
        if (digits > MaxDigits) {
            return std::nullopt;
        }
        mantissa = mantissa * 10 + (c - u'0');
        if (point) {
            ++places;
        }
    }
    if (!sawDigit || places > MaxDigits) {
        return std::nullopt;
    }
    return make(negative ? -mantissa : mantissa, places);
}

Decimal Decimal::scaledByPowerOfTen(int exponent) const
{
    if (!m_valid) {
        return *this;
    }
    if (exponent >= 0) {
        const int fromPlaces = std::min(exponent, m_places);
        Int128 mantissa = 0;
        if (!multiplyByPowerOfTen(m_mantissa, exponent - fromPlaces, &mantissa)) {
            return invalid();
        }
        return make(mantissa, m_places - fromPlaces);
    }
    return m_places - exponent > MaxDigits ? invalid() : make(m_mantissa, m_places - exponent);
}

bool Decimal::align(const Decimal &a, const Decimal &b, Int128 *ma, Int128 *mb, int *places)
{
    *places = std::max(a.m_places, b.m_places);
    return multiplyByPowerOfTen(a.m_mantissa, *places - a.m_places, ma) &&
           multiplyByPowerOfTen(b.m_mantissa, *places - b.m_places, mb);
}

Decimal Decimal::operator+(const Decimal &other) const
{
    Int128 a = 0;
    Int128 b = 0;
    Int128 sum = 0;
    int places = 0;
    if (!m_valid || !other.m_valid || !align(*this, other, &a, &b, &places) || __builtin_add_overflow(a, b, &sum)) {
        return invalid();
    }
    return make(sum, places);
}

Decimal Decimal::operator-(const Decimal &other) const
{
    return other.m_valid ? *this + make(-other.m_mantissa, other.m_places) : invalid();
}

Decimal Decimal::operator*(const Decimal &other) const
{
    Int128 product = 0;
    if (!m_valid || !other.m_valid || m_places + other.m_places > MaxDigits ||
        __builtin_mul_overflow(m_mantissa, other.m_mantissa, &product)) {
        return invalid();
    }
    return make(product, m_places + other.m_places);
}

Decimal Decimal::divided(const Decimal &divisor, int places, Rounding rounding) const
{
    if (!m_valid || !divisor.m_valid || divisor.m_mantissa == 0 || places < 0 || places > MaxDigits) {
        return invalid();
    }
    // a / b × 10^places = ma × 10^(pb - pa + places) / mb, one integer division and one rounding.
    const int exponent = divisor.m_places - m_places + places;
    Int128 numerator = absolute(m_mantissa);
    Int128 denominator = absolute(divisor.m_mantissa);
    if (exponent >= 0 ? !multiplyByPowerOfTen(numerator, exponent, &numerator)
                      : !multiplyByPowerOfTen(denominator, -exponent, &denominator)) {
        return invalid();
    }
    const Int128 q = roundQuotient(numerator / denominator, numerator % denominator, denominator, rounding);
    const bool negative = (m_mantissa < 0) != (divisor.m_mantissa < 0);
    return make(negative ? -q : q, places);
}

Decimal Decimal::rounded(int places, Rounding rounding) const
{
    if (!m_valid || places >= m_places) {
        return *this;
    }
    const int dropped = m_places - places;
    if (dropped > MaxDigits) {
        return make(0, std::max(places, 0));
    }
    const Int128 divisor = powersOfTen[std::size_t(dropped)];
    const Int128 magnitude = absolute(m_mantissa);
    Int128 q = roundQuotient(magnitude / divisor, magnitude % divisor, divisor, rounding);
    if (m_mantissa < 0) {
        q = -q;
    }
    if (places >= 0) {
        return make(q, places);
    }
    return make(q, 0).scaledByPowerOfTen(-places);
}

QString Decimal::toString() const
{
    if (!m_valid) {
        return {};
    }
    Int128 magnitude = absolute(m_mantissa);
    int places = m_places;
    while (places > 0 && magnitude % 10 == 0) {
        magnitude /= 10;
        --places;
    }
    QString digits;
    do {
        digits.prepend(QChar(u'0' + int(magnitude % 10)));
        magnitude /= 10;
    } while (magnitude != 0);
    if (places > 0) {
        if (digits.size() <= places) {
            digits.prepend(QString(places - digits.size() + 1, u'0'));
        }
        digits.insert(digits.size() - places, u'.');
    }
    if (m_mantissa < 0) {
        digits.prepend(u'-');
    }
    return digits;
}

double Decimal::toDouble() const
{
    if (!m_valid) {
        return 0;
    }
    // Exact to double precision while the mantissa fits 64 bits, which every amount in news does.
    double value = double(m_mantissa);
    for (int i = 0; i < m_places; ++i) {
        value /= 10;
    }
    return value;
}

int Decimal::compare(const Decimal &other) const
{
    if (!m_valid || !other.m_valid) {
        return m_valid == other.m_valid ? 0 : (m_valid ? 1 : -1);
    }
    Int128 a = 0;
    Int128 b = 0;
    int places = 0;
    if (!align(*this, other, &a, &b, &places)) {
        // Aligning overflows only for the side with fewer places and a huge magnitude: that side is the larger one.
        const bool thisHuge = m_places < other.m_places;
        const Int128 huge = thisHuge ? m_mantissa : other.m_mantissa;
        return (thisHuge ? 1 : -1) * (huge > 0 ? 1 : -1);
    }
    return (a > b) - (a < b);
}

bool Decimal::withinFactor(const Decimal &a, const Decimal &b, const Decimal &factor)
{
    if (!a.isPositive() || !b.isPositive() || !factor.isValid()) {
        return false;
    }
    const Decimal &larger = a > b ? a : b;
    const Decimal &smaller = a > b ? b : a;
    const Decimal limit = smaller * factor;
    if (!limit.isValid()) {
        // Beyond 38 digits only the ratio's size is left to compare; news amounts never get here.
        return larger.toDouble() / smaller.toDouble() <= factor.toDouble();
    }
    return larger <= limit;
}

} // namespace Newsline
