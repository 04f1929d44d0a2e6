#pragma once

#include <QString>
#include <QtGlobal>

namespace ip {

// How many tokens one request (estimated prompt + declared max output) may use: the smaller of the
// safe limit from Settings and the provider's per-minute token budget (0 = no provider limit).
// Groq counts the declared max output against its TPM budget before running a request and answers
// 413 when it does not fit, so requests above this limit are never sent.
struct TokenLimits
{
    qint64 safeLimit = 50'000;
    qint64 providerTpm = 0;

    [[nodiscard]] qint64 effective() const
    {
        if (providerTpm > 0 && (safeLimit <= 0 || providerTpm < safeLimit))
            return providerTpm;
        return safeLimit > 0 ? safeLimit : 0;
    }
    // effective() minus budget::kProviderReserve (at least 1; 0 = unlimited stays 0).
    [[nodiscard]] qint64 plannable() const;
    [[nodiscard]] bool fits(qint64 promptTokens, qint64 maxOutput) const
    {
        const qint64 limit = effective();
        return limit <= 0 || promptTokens + maxOutput <= limit;
    }
};

// Declared output budgets per stage.
namespace budget {
// Tokens kept free below the limit for what a provider adds to a request (JSON-mode instructions
// and the schema when it steps down to plain instructions), so its own check never rejects what
// the pipeline planned.
constexpr qint64 kProviderReserve = 400;
constexpr int kDiscoveryOutput = 8192;
// Hidden reasoning a reasoning model may spend before it answers, by effort ("low", "medium",
// "high"; anything else counts as medium, a model's usual default). Groq charges the declared
// maximum output at admission, so a budget larger than the answer needs holds back other calls.
int reasoningAllowance(const QString &effort);
// Room for reasoning plus the JSON of `count` skill names.
int skillsOutput(int count, const QString &effort);
// Room for reasoning plus the JSON of `skills` × `perSkill` question objects (difficulty, category,
// key points, evidence) and each skill's claims.
// Without key points (Settings::keyPoints off) a question is about 60.
int questionsOutput(int skills, int perSkill, const QString &effort, bool keyPoints = true);
// The same for questions that are plain strings (a job's gaps).
int plainQuestionsOutput(int skills, int perSkill, const QString &effort);
// The research notes of one skill as the questions prompt carries them (about 130 words, what the
// discovery prompt asks for): the whole notes stay in the results. With it, the three question
// calls of a 9-skill resume fit two 8,000-token free-tier windows (each question now carries its
// difficulty, category, key points and resume quote: about 90 tokens instead of 36).
constexpr qsizetype kNotesCharsPerSkill = 800;
// What question generation is shown of the resume for one skill (resumeLinesAbout): enough for the
// claims an interviewer would probe, small enough that a free tier's batches stay whole.
constexpr int kResumeLinesPerSkill = 4;
constexpr qsizetype kResumeCharsPerSkill = 480;
// A job description in the skills prompt (the rest is left out), and in the gaps' prompt.
constexpr qsizetype kJobChars = 8'000;
constexpr qsizetype kJobCharsForGaps = 3'000;
// The job's skills the resume does not show, at most.
constexpr int kMaxJobGaps = 5;
} // namespace budget

// Characters of text that fit in `freeTokens` tokens under the providers' chars/4 estimate,
// with a small safety margin; never negative.
qsizetype charsForTokens(qint64 freeTokens);

// Shortens text to at most maxChars, cutting at a paragraph, line or sentence end when one is
// close, and marks the cut with " […]". Returns the text unchanged when it fits.
QString trimToChars(const QString &text, qsizetype maxChars);

} // namespace ip
