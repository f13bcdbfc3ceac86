#pragma once

#include "entity.h"

#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Newsline {

/// A set of words compared without regard to case, looked up without allocating.
class WordSet
{
public:
    /// Adds a word (or a phrase of words separated by single spaces).
    void insert(const QString &word);
    /// True when the word is in the set, whatever its case.
    [[nodiscard]] bool contains(QStringView word) const;
    /// Number of words in the set.
    [[nodiscard]] qsizetype size() const { return m_words.size(); }
    /// Hash of a word that ignores case, as the set uses it.
    [[nodiscard]] static size_t foldedHash(QStringView word);
    /// Cheap hash of the exact spelling, for name lookups in tight loops.
    [[nodiscard]] static size_t exactHash(QStringView text);

private:
    QMultiHash<size_t, QString> m_words;
};

/// The word lists a word can be on, as bits (a word may be on several).
enum class WordKind : quint16
{
    Title = 1,
    TitleModifier = 2,
    Honorific = 4,
    NonEntity = 8,
    OrganisationSuffix = 16,
    OrganisationWord = 32,
    FirstName = 64,
    SpeechVerb = 128,
    OrganisationDescription = 256,
    MediaDescription = 512,
    /// Words that open company names although they are no names alone: "First City Industries Inc".
    OrganisationOpener = 1024,
    /// Money words that end no name: "207.7 mln N.Z. Dlrs".
    CurrencyWord = 2048,
    /// What a company is registered as ("Corp", "Ltd", "GmbH"): left out of its canonical name.
    LegalForm = 4096,
};

/// What Newsline knows about names: canonical entities with their aliases, and the word lists the finders use.
class KnowledgeBase
{
public:
    /// One canonical entity and the other names it goes by.
    struct Entry
    {
        QString name;
        Entity::Type type = Entity::Type::Organisation;
        QStringList aliases;
    };

    /// The bundled knowledge with the user's entities.json merged over it, loaded once.
    [[nodiscard]] static const KnowledgeBase &instance();

    /// The bundled word lists and, when withBundledEntities is true, the bundled entities.
    explicit KnowledgeBase(bool withBundledEntities = true);

    /// Merges entries in the entities.json format over the current ones; false when the document has none.
    bool merge(const QJsonDocument &document);
    /// Merges the entities.json file at path; false when it is missing or malformed.
    bool mergeFile(const QString &path);

    /// The entry called form by its canonical name or an alias (exact spelling), or nullptr.
    [[nodiscard]] const Entry *lookup(QStringView form) const;
    /// The entry with that canonical name, or nullptr.
    [[nodiscard]] const Entry *entry(const QString &name) const;
    /// Every entry.
    [[nodiscard]] const QList<Entry> &entries() const { return m_entries; }
    /// Largest number of words in a name or alias.
    [[nodiscard]] int maxNameWords() const { return m_maxNameWords; }
    /// True when some name or alias of several words begins with this word (exact spelling).
    [[nodiscard]] bool startsLongerName(QStringView word) const
    {
        return m_firstWords.contains(WordSet::exactHash(word));
    }

    /// True when phrase (one or two lower-case words) before a lone name makes it a company: "buy", "stake in".
    [[nodiscard]] bool isDealObjectCue(const QString &phrase) const { return m_dealObjectCues.contains(phrase); }
    /// True when phrase (one or two lower-case words) after a lone name makes it a company: "raised", "to buy".
    [[nodiscard]] bool isDealSubjectCue(const QString &phrase) const { return m_dealSubjectCues.contains(phrase); }
    /// Position words: CEO, president, founder...
    [[nodiscard]] const WordSet &titles() const { return m_titles; }
    /// Words that only qualify a title: senior, vice, chief...
    [[nodiscard]] const WordSet &titleModifiers() const { return m_titleModifiers; }
    /// Mr, Mrs, Dr...
    [[nodiscard]] const WordSet &honorifics() const { return m_honorifics; }
    /// Verbs and phrases that attribute a quotation: said, told, according to...
    [[nodiscard]] const WordSet &speechVerbs() const { return m_speechVerbs; }
    /// The speech verbs and the verbs that report someone's words without being speech: called, accused, praised...
    [[nodiscard]] const WordSet &reportingVerbs() const { return m_reportingVerbs; }
    /// Verbs that report a stance rather than words: supports, opposes, welcomed... (also in reportingVerbs()).
    [[nodiscard]] const WordSet &attitudeVerbs() const { return m_attitudeVerbs; }
    /// Nouns for something said or written: statement, tweet, letter, interview...
    [[nodiscard]] const WordSet &speechNouns() const { return m_speechNouns; }
    /// Nouns that describe a person: spokesman, senator, candidate, son...
    [[nodiscard]] const WordSet &personDescriptions() const { return m_personDescriptions; }
    /// The gender a word tells of a person ("Mr", "she", "Mary", "spokeswoman"): u'M', u'F', or a null QChar.
    [[nodiscard]] QChar genderOf(QStringView word) const;
    /// Inc, Corp, Ltd, Group, AG...
    [[nodiscard]] const WordSet &organisationSuffixes() const { return m_organisationSuffixes; }
    /// Bank, University, Ministry... anywhere in an organisation's name.
    [[nodiscard]] const WordSet &organisationWords() const { return m_organisationWords; }
    /// Common given names.
    [[nodiscard]] const WordSet &firstNames() const { return m_firstNames; }
    /// Capitalised words that are not names alone: This, Monday, AI...
    [[nodiscard]] const WordSet &nonEntityWords() const { return m_nonEntityWords; }
    /// Words whose full stop does not end a sentence: Mr, Corp, Inc...
    [[nodiscard]] const WordSet &abbreviations() const { return m_abbreviations; }
    /// Small words inside a name when a capital follows ("von der Leyen"), compared whatever their case.
    [[nodiscard]] const WordSet &nameParticles() const { return m_nameParticles; }
    /// Irregular past forms that are verbs wherever they stand ("said", "wrote").
    [[nodiscard]] const WordSet &pastForms() const { return m_pastForms; }
    /// Irregular past forms that may also be nouns ("hit", "shot").
    [[nodiscard]] const WordSet &pastFormsAlsoNouns() const { return m_pastFormsAlsoNouns; }
    /// Phrases right before a partial quotation: "calling it", "described it as"...
    [[nodiscard]] const QStringList &partialQuoteLeads() const { return m_partialQuoteLeads; }
    /// Endings of words that describe the company named after them: "-based" in "New York-based Bastian".
    [[nodiscard]] const QStringList &descriptorEndings() const { return m_descriptorEndings; }
    /// Every list the word is on (WordKind bits), whatever its case, in one lookup.
    [[nodiscard]] quint16 kinds(QStringView word) const { return kinds(word, WordSet::foldedHash(word)); }
    /// The same with the word's WordSet::foldedHash already computed.
    [[nodiscard]] quint16 kinds(QStringView word, size_t foldedHash) const;
    /// Type an organisation description refers to ("company" gives Organisation, "newspaper" Media).
    [[nodiscard]] std::optional<Entity::Type> descriptionType(QStringView noun) const;
    /// Types a subject pronoun may refer to; empty when word is not one.
    [[nodiscard]] QList<Entity::Type> pronounTypes(QStringView word) const;

private:
    void loadWordLists();
    void addForm(const QString &form, int index);
    void rebuildIndex();

    QList<Entry> m_entries;
    QMultiHash<size_t, int> m_forms;
    QSet<size_t> m_firstWords;
    int m_maxNameWords = 1;

    WordSet m_titles;
    WordSet m_titleModifiers;
    WordSet m_honorifics;
    WordSet m_speechVerbs;
    WordSet m_reportingVerbs;
    WordSet m_attitudeVerbs;
    WordSet m_speechNouns;
    WordSet m_personDescriptions;
    QHash<QString, QChar> m_genders;
    WordSet m_organisationSuffixes;
    WordSet m_organisationWords;
    WordSet m_firstNames;
    WordSet m_nonEntityWords;
    QSet<QString> m_dealObjectCues;
    QSet<QString> m_dealSubjectCues;
    WordSet m_abbreviations;
    WordSet m_nameParticles;
    WordSet m_pastForms;
    WordSet m_pastFormsAlsoNouns;
    QStringList m_partialQuoteLeads;
    QStringList m_descriptorEndings;
    QMultiHash<size_t, QPair<QString, quint16>> m_kinds;
    WordSet m_organisationDescriptions;
    WordSet m_mediaDescriptions;
    QHash<QString, QList<Entity::Type>> m_pronouns;
};

} // namespace Newsline
