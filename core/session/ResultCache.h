#pragma once

#include "common/Result.h"
#include "session/Attempt.h"
#include "session/CacheKey.h"
#include "session/DiscoveryResult.h"
#include "session/RunState.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace ip {

// Results already paid for, on disk: one small JSON file per key, named by the key's digest,
// holding the key's canonical text (checked on read, so a collision or a damaged file is a
// miss, and a damaged file is removed). Synchronous, small local I/O, for the pipeline to call
// before sending a request and after a result is accepted. Not thread-safe; one per thread.
//
// Size is bounded (maxBytes, 32 MiB by default): the least recently used entries are evicted
// (use = stored or hit; a hit also touches the file's time, so the order survives restarts).
class ResultCache
{
public:
    // QStandardPaths::CacheLocation + "/results" (needs the application name set).
    static QString defaultDirectory();

    ResultCache(); // defaultDirectory()
    explicit ResultCache(const QString &directory);

    [[nodiscard]] QString directory() const { return m_directory; }

    // nullopt on a miss (absent, other stage, damaged). Store functions return false when the
    // entry could not be written (the run goes on; the cache is only an optimisation) or the
    // value is empty (nothing is cached for an empty or failed result).
    std::optional<QStringList> skills(const CacheKey &key);
    bool storeSkills(const CacheKey &key, const QStringList &skills);

    std::optional<DiscoveryResult> discovery(const CacheKey &key);
    // Store only answers: a grounded section, or "no section" after the retry (its reason). Never a
    // provider failure (quota, network, cancelled): those must be asked again next time.
    bool storeDiscovery(const CacheKey &key, const DiscoveryResult &value);

    std::optional<SkillQuestions> questions(const CacheKey &key);
    bool storeQuestions(const CacheKey &key, const SkillQuestions &value);

    // Removes every entry (the setting "Clear the cache"). Error: a sentence naming a file.
    // A practice answer's grade (CacheStage::Grade) and the model that gave it.
    std::optional<std::pair<PracticeGrade, QString>> grade(const CacheKey &key);
    bool storeGrade(const CacheKey &key, const PracticeGrade &grade, const QString &model);

    Result<bool, QString> clear();

    void setMaxBytes(qint64 bytes);
    [[nodiscard]] qint64 maxBytes() const { return m_maxBytes; }
    [[nodiscard]] qint64 totalBytes();
    [[nodiscard]] int entryCount();
    [[nodiscard]] int hits() const { return m_hits; }
    [[nodiscard]] int misses() const { return m_misses; }

    static constexpr qint64 kDefaultMaxBytes = 32LL * 1024 * 1024;

private:
    struct Entry
    {
        qint64 bytes = 0;
        quint64 lastUse = 0;
    };

    QString pathFor(const QString &fileName) const;
    std::optional<QJsonObject> read(const CacheKey &key);
    bool write(const CacheKey &key, const QJsonObject &value);
    void loadIndex();
    void forget(const QString &fileName);
    void evict(const QString &keep);

    QString m_directory;
    qint64 m_maxBytes = kDefaultMaxBytes;
    QHash<QString, Entry> m_index; // file name -> entry
    bool m_indexLoaded = false;
    quint64 m_tick = 0;
    qint64 m_totalBytes = 0;
    int m_hits = 0;
    int m_misses = 0;
};

} // namespace ip
