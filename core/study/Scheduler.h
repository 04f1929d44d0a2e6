#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace ip {

// When a study card comes back: SuperMemo's SM-2 algorithm, as published in
//   P. A. Woźniak, "Optimization of learning" (1990), chapter 3.2, "Application of a computer to improve
//   the results obtained in working with the SuperMemo method": https://super-memory.com/english/ol/sm2.htm
// Pure functions, no Qt SQL: the deck (Deck.h) stores what these compute.
//
// The rules, with q the quality of the answer (0..5):
//   I(1) = 1 day, I(2) = 6 days, I(n) = round(I(n-1) * EF) for n > 2;
//   after each review EF' = EF + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)), never below 1.3;
//   q < 3: repetitions start again from the beginning (I(1), I(2), ... as if the item were new).
// How we read the ambiguous "start repetitions for the item from the beginning without changing the
// E-Factor": the restart itself does not touch the E-Factor (it is not reset to 2.5, nor changed a second
// time), while step 4's update "after each repetition" applies to this review like to any other. The
// paper's formula is defined for q = 0..2 (it lowers EF by 0.32, 0.54 and 0.80), which only makes sense if
// failed reviews change EF. So a failed review lowers EF once, by the formula, and restarts the intervals.
// Also: I(n) uses the E-Factor after this review's update (the item's EF as it now stands), and EF is kept
// to hundredths (every SM-2 step is a multiple of 0.02: this only drops binary rounding noise).
// Not implemented: step 7 (repeat same day every item rated below 4) — the Study view leaves that to the
// person; a card rated Again is due again the next day (I(1)).

enum class ReviewRating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

QString toString(ReviewRating r); // "again","hard","good","easy"
std::optional<ReviewRating> reviewRatingFromString(const QString &text);

struct CardSchedule
{
    int repetitions = 0; // successful reviews in a row (SM-2's n)
    double easiness = 2.5; // SM-2's E-Factor, never below 1.3
    int intervalDays = 0; // SM-2's I(n)
    QDate due; // invalid = a new card, never reviewed
    [[nodiscard]] bool isNew() const { return !due.isValid(); }
    friend bool operator==(const CardSchedule &, const CardSchedule &) = default;
};

constexpr double kInitialEasiness = 2.5;
constexpr double kMinEasiness = 1.3;

int sm2Quality(ReviewRating r); // Again 1, Hard 3, Good 4, Easy 5 (SM-2's q, 0..5)
// SM-2's E-Factor after an answer of quality q (0..5), floored at 1.3 and kept to hundredths.
double nextEasiness(double easiness, int quality);
// The schedule after a review rated `r` on `reviewedOn`: due = reviewedOn + intervalDays.
CardSchedule nextSchedule(const CardSchedule &s, ReviewRating r, const QDate &reviewedOn);
// A practice grade 0..10: 0-3 Again (and dontKnow), 4-5 Hard, 6-8 Good, 9-10 Easy (out of range: clamped).
ReviewRating ratingForGrade(int overall, bool dontKnow);

} // namespace ip
