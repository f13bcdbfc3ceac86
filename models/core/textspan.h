#pragma once

#include <QtGlobal>

namespace Newsline {

/// A half-open range [start, end) of UTF-16 code units in an article's text.
struct TextSpan
{
    int start = -1;
    int end = -1;

    /// True when the span points at text (start not negative, end not before start).
    [[nodiscard]] bool isValid() const { return start >= 0 && end >= start; }
    /// Number of code units covered.
    [[nodiscard]] int length() const { return end - start; }
    /// True when position lies inside the span.
    [[nodiscard]] bool contains(int position) const { return position >= start && position < end; }
    /// True when the other span lies wholly inside this one.
    [[nodiscard]] bool contains(const TextSpan &other) const { return other.start >= start && other.end <= end; }
    /// True when the two spans share at least one code unit.
    [[nodiscard]] bool overlaps(const TextSpan &other) const { return start < other.end && other.start < end; }

    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

} // namespace Newsline

Q_DECLARE_TYPEINFO(Newsline::TextSpan, Q_PRIMITIVE_TYPE);
