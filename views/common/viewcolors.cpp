#include "viewcolors.h"

#include <array>

namespace Newsline {

// Hues from the Okabe–Ito and Tableau sets: told apart by readers with the common colour-vision deficiencies.
QColor eventTypeColor(Event::Type type)
{
    static constexpr std::array<QRgb, 9> colors{
        0xff0072b2, // partnership
        0xff009e73, // investment
        0xff8e44ad, // valuation
        0xffd55e00, // launch
        0xff56b4e9, // founding
        0xffcc3311, // acquisition
        0xff6c7a89, // announcement
        0xffa6761d, // regulatory
        0xff7f7f7f, // other
    };
    const auto index = static_cast<std::size_t>(type);
    return QColor::fromRgb(index < colors.size() ? colors[index] : colors.back());
}

QColor figureKindColor(MoneyFigure::Kind kind)
{
    static constexpr std::array<QRgb, 10> colors{
        0xff009e73, // investment
        0xff8e44ad, // valuation
        0xff0072b2, // funding
        0xffe69f00, // revenue
        0xff56b4e9, // profit
        0xffd55e00, // spending
        0xffcc79a7, // price
        0xffcc3311, // fine
        0xffa6761d, // tax
        0xff7f7f7f, // other
    };
    const auto index = static_cast<std::size_t>(kind);
    return QColor::fromRgb(index < colors.size() ? colors[index] : colors.back());
}

} // namespace Newsline
