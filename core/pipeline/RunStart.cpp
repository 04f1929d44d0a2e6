// How a run of InterviewPipeline gets its skills and batches: from a resume file (read off the
// calling thread), from text (skill extraction, or the result cache), or from a saved session.

#include "pipeline/Batching.h"
#include "pipeline/InterviewPipelinePrivate.h"
#include "pipeline/SkillNormaliser.h"
#include "providers/ChatProvider.h"
#include "settings/SettingRanges.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace ip {

void InterviewPipeline::Private::readResume(const QString &path, const QString &password)
{
    setStage(Stage::ReadingResume);
    state.sourceFile = QFileInfo(path).fileName();
    activity(tr("Reading %1").arg(state.sourceFile));
    auto *l = new ResumeLoader(q);
    loader = l;
    l->setLimits(resumeLimitsFor(settings));
    QObject::connect(l, &ResumeLoader::readingWithOcr, q, [this](int page, int pageCount) {
        activity(tr("Reading page %1 of %2 (OCR)").arg(page).arg(pageCount));
    });
    QObject::connect(l, &ResumeLoader::loaded, q, [this, l](const ResumeText &resume) {
        l->deleteLater();
        Q_EMIT q->resumeLoaded(resume.fileName, resume.pageCount);
        if (resume.truncated)
            activity(tr("The resume is long; only its first %1 characters are used.").arg(resume.text.size()));
        if (resume.ocrPages > 0 && resume.ocrConfidence >= 0) { // (no confidence: no word was recognised)
            activity(tr("Text recognition (OCR) read %n page(s) of the resume, mean confidence %1 %.", nullptr,
                        resume.ocrPages)
                         .arg(resume.ocrConfidence));
            if (resume.ocrConfidence < kLowOcrConfidence)
                activity(tr("Warning: the text recognition is not confident (%1 % < %2 %); skills and questions may "
                            "miss or misread words. A text PDF of the resume gives better results.")
                             .arg(resume.ocrConfidence)
                             .arg(kLowOcrConfidence));
        }
        runFromText(resume.text, resume.fileName);
    });
    QObject::connect(l, &ResumeLoader::failed, q, [this, l](const ResumeError &e) {
        l->deleteLater();
        if (e.kind == ResumeErrorKind::Cancelled)
            return;
        failRun(e.message);
    });
    l->load(path, password);
}

void InterviewPipeline::Private::runFromText(const QString &text, const QString &sourceFile)
{
    state.sourceFile = sourceFile;
    state.resumeSha256
        = QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
    if (!expectedSha256.isEmpty() && expectedSha256 != state.resumeSha256) {
        failRun(tr("The resume “%1” has changed since this session was saved; start a new run instead of "
                   "continuing.")
                    .arg(sourceFile));
        return;
    }
    if (text.trimmed().isEmpty()) {
        failRun(tr("The resume has no text to read skills from."));
        return;
    }
    if (!questions) {
        failRun(tr("No provider is configured for writing questions."));
        return;
    }
    resumeChars = text.size();
    resumeQuotes = std::make_shared<const ResumeQuotes>(text);
    resumeLines = std::make_shared<const ResumeLines>(text);
    if (settings.offlineMode)
        activity(tr("Offline mode: nothing leaves this computer (skills and questions from %1 on this computer, "
                    "model %2; no web research)")
                     .arg(questions->name(), settings.questionModel));
    if (settings.redactPersonalData) {
        // Found once, locally, before anything is sent; every stage applies it to what it sends.
        auto found = std::make_shared<const Redaction>(findPersonalData(text));
        if (!found->isEmpty()) {
            redaction = found;
            activity(tr("Personal data kept out of what is sent: %1 (placeholders; the results show the originals)")
                         .arg(describeRedaction(*found)));
        }
    }
    // Nothing is done yet: what is left is the whole run.
    const RunEstimate whole = estimateLeft();
    activity(tr("Estimate: %1").arg(describeEstimate(whole)));
    Q_EMIT q->estimated(whole);
    setStage(Stage::ExtractingSkills);
    state.jobGaps.clear(); // of an earlier attempt (a continued run reading its resume again)
    updateEstimate();
    if (!givenSkills.isEmpty()) {
        const QStringList names = normaliseSkills(givenSkills, settingRange(&Settings::skillCount).max);
        if (names.isEmpty()) {
            failRun(tr("None of the skills given is a skill name."));
            return;
        }
        activity(tr("Skills as given, none extracted (no request)"));
        startSkills(names); // chosen by the person already: no review
        return;
    }
    // The skills cache is keyed by the resume only: a run for a job asks again (its answer also names the gaps).
    const auto hit = jobText.isEmpty() ? cache.skills() : std::nullopt;
    if (hit) {
        recordPrompts(hit->prompts);
        activity(tr("Skills from the cache (no request)"));
        onSkillsExtracted(hit->value);
        return;
    }
    activity(tr("Extracting skills with %1 (%2)").arg(questions->name(), settings.skillModel));
    if (!jobText.isEmpty())
        activity(tr("Ranking the skills by the job description"));
    auto *stage = new SkillExtractionStage(questions, settings, text, jobText, q);
    extraction = stage;
    wireStage(stage, tr("Skills"));
    QObject::connect(stage, &SkillExtractionStage::extracted, q, [this, stage](const QStringList &names) {
        stage->deleteLater();
        if (jobText.isEmpty()) {
            cache.storeSkills(names);
        } else {
            if (!stage->movedToGaps().isEmpty())
                activity(tr("Not shown on the resume, so not taken as the candidate's skills: %1")
                             .arg(stage->movedToGaps().join(QStringLiteral(", "))));
            if (!stage->jobGaps().isEmpty()) {
                QStringList gapNames;
                for (const JobGap &g : stage->jobGaps())
                    gapNames.append(g.skill);
                activity(tr("The job asks for %n skill(s) the resume does not show: %1", nullptr, int(gapNames.size()))
                             .arg(gapNames.join(QStringLiteral(", "))));
                gapPhase = GapPhase::Pending;
                setGaps(stage->jobGaps());
            }
        }
        onSkillsExtracted(names);
    });
    QObject::connect(stage, &SkillExtractionStage::failed, q, [this, stage](const QString &message, bool) {
        stage->deleteLater();
        failRun(message);
    });
    stage->start();
}

void InterviewPipeline::Private::onSkillsExtracted(const QStringList &names)
{
    if (reviewSkills) {
        awaitingReview = true;
        activity(tr("Found %n skill(s); waiting for you to review them", nullptr, int(names.size())));
        Q_EMIT q->skillsToReview(names);
        return;
    }
    startSkills(names);
}

void InterviewPipeline::Private::startSkills(const QStringList &names)
{
    for (const auto &name : names) {
        SkillResult s;
        s.name = name;
        state.skills.append(s);
    }
    activity(tr("Found %n skill(s): %1", nullptr, int(names.size())).arg(names.join(QStringLiteral(", "))));
    Q_EMIT q->skillsExtracted(names);

    const auto groups = makeBatches(int(names.size()), settings.batchSize);
    mainBatchCount = int(groups.size());
    for (const QList<int> &group : groups)
        addBatch(group);
    setStage(groundingActive() ? Stage::FindingSources : Stage::WritingQuestions);
    pump();
}

void InterviewPipeline::Private::setGaps(const QList<JobGap> &gaps)
{
    state.jobGaps = gaps;
    Q_EMIT q->jobGapsChanged(gaps);
}

void InterviewPipeline::Private::settleGaps(const QString &why)
{
    if (gapPhase != GapPhase::Pending && gapPhase != GapPhase::Running)
        return;
    gapPhase = GapPhase::Done;
    if (gapStage) {
        gapStage->cancel();
        gapStage->deleteLater();
        gapStage.clear();
    }
    QList<JobGap> gaps = state.jobGaps;
    for (JobGap &g : gaps)
        if (g.questions.isEmpty())
            g.error = why;
    setGaps(gaps);
}

bool InterviewPipeline::Private::pumpJobGaps()
{
    if (gapPhase == GapPhase::Running)
        return true;
    if (gapPhase != GapPhase::Pending)
        return false;
    QList<JobGap> asked;
    for (const JobGap &g : std::as_const(state.jobGaps))
        if (g.questions.isEmpty())
            asked.append(g);
    if (asked.isEmpty() || !questions) {
        gapPhase = GapPhase::Done;
        return false;
    }
    if (questionsStop->isStopped()) {
        settleGaps(generationStopReason());
        return false;
    }
    gapPhase = GapPhase::Running;
    activity(tr("Writing questions for the job's %n skill(s) not on the resume", nullptr, int(asked.size())));
    auto *stage = new JobGapStage(questions, settings, asked, jobText, q);
    gapStage = stage;
    wireStage(stage, tr("Job"));
    const auto merge = [this](const QList<JobGap> &answered) {
        QList<JobGap> gaps = state.jobGaps;
        for (JobGap &g : gaps)
            for (const JobGap &a : answered)
                if (a.skill == g.skill && g.questions.isEmpty())
                    g = a;
        return gaps;
    };
    QObject::connect(stage, &JobGapStage::written, q, [this, stage, merge](const QList<JobGap> &answered) {
        stage->deleteLater();
        gapStage.clear();
        gapPhase = GapPhase::Done;
        setGaps(merge(answered));
        schedulePump();
    });
    QObject::connect(stage, &JobGapStage::failed, q, [this, stage](const QString &message, bool) {
        stage->deleteLater();
        gapStage.clear();
        activity(message);
        gapPhase = GapPhase::Running; // settleGaps ends it
        settleGaps(message);
        schedulePump();
    });
    stage->start();
    return true;
}

BatchRun &InterviewPipeline::Private::addBatch(const QList<int> &indices)
{
    BatchRun b;
    b.id = ++nextBatchId;
    b.number = int(batches.size()) + 1;
    b.skills = indices;
    batches.append(b);
    return batches.last();
}

void InterviewPipeline::Private::continueFrom(const RunState &prepared, const QList<int> &discover,
                                              const QList<int> &generate)
{
    state = prepared;
    QStringList names;
    for (const SkillResult &s : std::as_const(state.skills))
        names.append(s.name);
    Q_EMIT q->resumeLoaded(state.sourceFile, 0);
    Q_EMIT q->skillsExtracted(names);
    if (!state.jobGaps.isEmpty()) {
        Q_EMIT q->jobGapsChanged(state.jobGaps);
        for (const JobGap &g : std::as_const(state.jobGaps))
            if (g.questions.isEmpty())
                gapPhase = GapPhase::Pending; // asked again at the end
    }
    for (qsizetype i = 0; i < state.skills.size(); ++i)
        skills.announce(int(i));
    Q_EMIT q->usageUpdated(state.usage);
    if (!running)
        return;

    // Skills needing discovery go through it first; the others (sources already found, or
    // context-free for good) are ready for their questions.
    QList<int> ready;
    for (int i : generate)
        if (!discover.contains(i))
            ready.append(i);
    for (const auto &[list, phase] :
         { std::pair { discover, BatchRun::Phase::Pending }, std::pair { ready, BatchRun::Phase::ReadyToGenerate } }) {
        for (const QList<int> &group : makeBatches(int(list.size()), settings.batchSize)) {
            QList<int> indices;
            for (int k : group)
                indices.append(list.at(k));
            BatchRun &b = addBatch(indices);
            b.phase = phase;
            if (phase == BatchRun::Phase::ReadyToGenerate)
                b.ready = b.skills;
        }
    }
    mainBatchCount = int(batches.size());
    // Sources saved before their redirects were resolved (the app closed meanwhile) are resolved now.
    for (qsizetype i = 0; i < state.skills.size(); ++i)
        resolveSources(int(i));
    activity(InterviewPipeline::tr("Continuing: %n skill(s) still need questions", nullptr, int(generate.size())));
    setStage(!discover.isEmpty() && groundingActive() ? Stage::FindingSources : Stage::WritingQuestions);
    pump();
}

} // namespace ip
