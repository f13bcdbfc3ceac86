#include "knowledgebase.h"

#include "resourcedata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

int wordCount(QStringView form)
{
    return int(form.count(u' ')) + 1;
}

Entity::Type typeOf(const QString &name)
{
    // The tests data calls products PRO; accept it so a user's file in that habit still loads.
    if (name.compare("PRO"_L1, Qt::CaseInsensitive) == 0) {
        return Entity::Type::Product;
    }
    return Entity::typeFromName(name);
}

} // namespace

size_t WordSet::foldedHash(QStringView word)
{
    size_t h = 0;
    for (const QChar c : word) {
        // ASCII first: the Unicode tables are the slow path of every lookup.
        const char16_t u = c.unicode();
        h = h * 31 + (u < 128 ? ((u >= u'A' && u <= u'Z') ? u + 32 : u) : c.toCaseFolded().unicode());
    }
    return h;
}

size_t WordSet::exactHash(QStringView text)
{
    size_t h = 0;
    for (const QChar c : text) {
        h = h * 31 + c.unicode();
    }
    return h;
}

void WordSet::insert(const QString &word)
{
    const QString folded = word.toCaseFolded();
    if (!contains(folded)) {
        m_words.insert(foldedHash(folded), folded);
    }
}

bool WordSet::contains(QStringView word) const
{
    const size_t h = foldedHash(word);
    for (auto it = m_words.constFind(h); it != m_words.cend() && it.key() == h; ++it) {
        if (word.compare(it.value(), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

const KnowledgeBase &KnowledgeBase::instance()
{
    static const KnowledgeBase knowledge = [] {
        KnowledgeBase k;
        k.merge(ResourceData::userJson(u"entities.json"_s));
        return k;
    }();
    return knowledge;
}

KnowledgeBase::KnowledgeBase(bool withBundledEntities)
{
    loadWordLists();
    if (withBundledEntities) {
        merge(ResourceData::json(u"knowledge/entities.json"_s));
    }
}

void KnowledgeBase::loadWordLists()
{
    const auto addKind = [this](const QString &word, WordKind kind) {
        const QString folded = word.toCaseFolded();
        const size_t h = WordSet::foldedHash(folded);
        for (auto it = m_kinds.find(h); it != m_kinds.end() && it.key() == h; ++it) {
            if (it->first == folded) {
                it->second |= quint16(kind);
                return;
            }
        }
        m_kinds.insert(h, {folded, quint16(kind)});
    };
    const auto fill = [&addKind](WordSet &set, const QString &file, std::optional<WordKind> kind) {
        const QStringList words = ResourceData::lines(u"knowledge/"_s + file);
        for (const QString &w : words) {
            set.insert(w);
            if (kind) {
                addKind(w, *kind);
            }
        }
    };
    fill(m_titles, u"person-titles.txt"_s, WordKind::Title);
    fill(m_titleModifiers, u"title-modifiers.txt"_s, WordKind::TitleModifier);
    fill(m_honorifics, u"honorifics.txt"_s, WordKind::Honorific);
    fill(m_speechVerbs, u"speech-verbs.txt"_s, WordKind::SpeechVerb);
    fill(m_reportingVerbs, u"speech-verbs.txt"_s, std::nullopt);
    fill(m_reportingVerbs, u"reporting-verbs.txt"_s, std::nullopt);
    fill(m_reportingVerbs, u"attitude-verbs.txt"_s, std::nullopt);
    fill(m_attitudeVerbs, u"attitude-verbs.txt"_s, std::nullopt);
    fill(m_speechNouns, u"speech-nouns.txt"_s, std::nullopt);
    fill(m_organisationSuffixes, u"organisation-suffixes.txt"_s, WordKind::OrganisationSuffix);
    fill(m_organisationWords, u"organisation-words.txt"_s, WordKind::OrganisationWord);
    fill(m_firstNames, u"first-names.txt"_s, WordKind::FirstName);
    fill(m_nonEntityWords, u"non-entity-words.txt"_s, WordKind::NonEntity);
    fill(m_abbreviations, u"abbreviations.txt"_s, std::nullopt);
    fill(m_nameParticles, u"name-particles.txt"_s, std::nullopt);
    fill(m_pastForms, u"past-forms.txt"_s, std::nullopt);
    fill(m_pastFormsAlsoNouns, u"past-forms-also-nouns.txt"_s, std::nullopt);
    WordSet openers;
    fill(openers, u"organisation-openers.txt"_s, WordKind::OrganisationOpener);
    WordSet currencyWords;
    fill(currencyWords, u"currency-words.txt"_s, WordKind::CurrencyWord);
    WordSet legalForms;
    fill(legalForms, u"organisation-legal-forms.txt"_s, WordKind::LegalForm);
    m_partialQuoteLeads = ResourceData::lines(u"knowledge/partial-quote-verbs.txt"_s);
    m_descriptorEndings = ResourceData::lines(u"knowledge/descriptor-endings.txt"_s);

    for (const QString &line : ResourceData::lines(u"knowledge/deal-context.txt"_s)) {
        const QString side = line.section(u' ', 0, 0);
        const QString phrase = line.section(u' ', 1).toLower();
        (side == "subject"_L1 ? m_dealSubjectCues : m_dealObjectCues).insert(phrase);
    }
    for (const QString &line : ResourceData::lines(u"knowledge/organisation-descriptions.txt"_s)) {
        const QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
        if (parts.size() == 2) {
            const bool media = typeOf(parts.at(1)) == Entity::Type::Media;
            (media ? m_mediaDescriptions : m_organisationDescriptions).insert(parts.at(0));
            addKind(parts.at(0), media ? WordKind::MediaDescription : WordKind::OrganisationDescription);
        }
    }
    for (const QString &line : ResourceData::lines(u"knowledge/person-descriptions.txt"_s)) {
        const QString noun = line.section(u' ', 0, 0);
        m_personDescriptions.insert(noun);
        const QString gender = line.section(u' ', 1, 1);
        if (gender == "M"_L1 || gender == "F"_L1) {
            m_genders.insert(noun.toLower(), gender.front());
        }
    }
    for (const QString &line : ResourceData::lines(u"knowledge/genders.txt"_s)) {
        const QString gender = line.section(u' ', 1, 1);
        if (gender == "M"_L1 || gender == "F"_L1) {
            m_genders.insert(line.section(u' ', 0, 0).toLower(), gender.front());
        }
    }
    for (const QString &line : ResourceData::lines(u"knowledge/pronouns.txt"_s)) {
        const QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
        QList<Entity::Type> types;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            types.append(typeOf(parts.at(i)));
        }
        if (!types.isEmpty()) {
            m_pronouns.insert(parts.at(0).toLower(), types);
        }
    }
}

bool KnowledgeBase::merge(const QJsonDocument &document)
{
    // Both {"entities": [...]} and a bare array are accepted, so a hand-written user file can stay minimal.
    const QJsonArray list = document.isArray() ? document.array() : document.object().value("entities"_L1).toArray();
    if (list.isEmpty()) {
        return false;
    }
    for (const QJsonValue &value : list) {
        const QJsonObject object = value.toObject();
        const QString name = object.value("name"_L1).toString().simplified();
        if (name.isEmpty()) {
            continue;
        }
        QStringList aliases;
        for (const QJsonValue &alias : object.value("aliases"_L1).toArray()) {
            const QString a = alias.toString().simplified();
            if (!a.isEmpty()) {
                aliases.append(a);
            }
        }
        // The user's file wins: a name it gives as an alias leaves any other entry that claimed it.
        for (Entry &other : m_entries) {
            if (other.name.compare(name, Qt::CaseInsensitive) != 0) {
                for (const QString &a : std::as_const(aliases)) {
                    other.aliases.removeAll(a);
                }
            }
        }
        auto it = std::find_if(m_entries.begin(), m_entries.end(),
                               [&name](const Entry &e) { return e.name.compare(name, Qt::CaseInsensitive) == 0; });
        if (it == m_entries.end()) {
            m_entries.append({name, typeOf(object.value("type"_L1).toString()), aliases});
            continue;
        }
        it->name = name;
        if (object.contains("type"_L1)) {
            it->type = typeOf(object.value("type"_L1).toString());
        }
        for (const QString &a : std::as_const(aliases)) {
            if (!it->aliases.contains(a)) {
                it->aliases.append(a);
            }
        }
    }
    rebuildIndex();
    return true;
}

bool KnowledgeBase::mergeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    return merge(QJsonDocument::fromJson(file.readAll()));
}

void KnowledgeBase::addForm(const QString &form, int index)
{
    m_forms.insert(WordSet::exactHash(form), index);
    const int words = wordCount(form);
    m_maxNameWords = std::max(m_maxNameWords, words);
    if (words > 1) {
        m_firstWords.insert(WordSet::exactHash(QStringView(form).left(form.indexOf(u' '))));
    }
}

void KnowledgeBase::rebuildIndex()
{
    m_forms.clear();
    m_firstWords.clear();
    m_maxNameWords = 1;
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        QStringList forms = e.aliases;
        forms.prepend(e.name);
        for (const QString &form : std::as_const(forms)) {
            addForm(form, i);
            // "The Associated Press" reads "the Associated Press" inside a sentence.
            if (form.startsWith("The "_L1)) {
                addForm(u't' + form.mid(1), i);
            }
        }
    }
}

const KnowledgeBase::Entry *KnowledgeBase::lookup(QStringView form) const
{
    const size_t h = WordSet::exactHash(form);
    for (auto it = m_forms.constFind(h); it != m_forms.cend() && it.key() == h; ++it) {
        const Entry &e = m_entries.at(it.value());
        if (e.name == form || (e.name.startsWith("The "_L1) && form.startsWith(u't') && form.mid(1) == e.name.mid(1))) {
            return &e;
        }
        for (const QString &alias : e.aliases) {
            if (alias == form ||
                (alias.startsWith("The "_L1) && form.startsWith(u't') && form.mid(1) == alias.mid(1))) {
                return &e;
            }
        }
    }
    return nullptr;
}

const KnowledgeBase::Entry *KnowledgeBase::entry(const QString &name) const
{
    for (const Entry &e : m_entries) {
        if (e.name == name) {
            return &e;
        }
    }
    return nullptr;
}

quint16 KnowledgeBase::kinds(QStringView word, size_t h) const
{
    for (auto it = m_kinds.constFind(h); it != m_kinds.cend() && it.key() == h; ++it) {
        if (word.compare(it->first, Qt::CaseInsensitive) == 0) {
            return it->second;
        }
    }
    return 0;
}

std::optional<Entity::Type> KnowledgeBase::descriptionType(QStringView noun) const
{
    if (m_organisationDescriptions.contains(noun)) {
        return Entity::Type::Organisation;
    }
    if (m_mediaDescriptions.contains(noun)) {
        return Entity::Type::Media;
    }
    return std::nullopt;
}

QChar KnowledgeBase::genderOf(QStringView word) const
{
    return m_genders.value(word.toString().toLower());
}

QList<Entity::Type> KnowledgeBase::pronounTypes(QStringView word) const
{
    return m_pronouns.value(word.toString().toLower());
}

} // namespace Newsline
