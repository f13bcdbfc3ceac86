#pragma once

#include "textspan.h"

#include <QList>
#include <QString>

namespace Newsline {

/// A role a person holds, as an article states it ("Arthur Mensch, CEO of MistralAI").
struct Role
{
    /// The title as written, e.g. "CEO", "President".
    QString title;
    /// Canonical name of the organisation, empty when the text names none.
    QString organisation;
    /// Where the role is stated.
    TextSpan span;
};

/// A person, organisation, place, product or media outlet with its mentions in one article.
struct Entity
{
    enum class Type
    {
        Person,
        Organisation,
        Location,
        Product,
        Media
    };

    /// Canonical name after alias merging.
    QString name;
    Type type = Type::Organisation;
    QList<TextSpan> mentions;
    /// Roles the article gives this entity (persons).
    QList<Role> roles;
    /// Descriptions that refer back to this entity ("the company", "the startup"), resolved by the finder.
    QList<TextSpan> references;

    /// Contract name of a type: PER, ORG, LOC, PRODUCT, MEDIA.
    [[nodiscard]] static QString typeName(Type type);
    /// Type from its contract name; Organisation for an unknown name.
    [[nodiscard]] static Type typeFromName(QStringView name);
};

} // namespace Newsline
