#include "study/Scheduler.h"

#include <algorithm>
#include <cmath>

namespace ip {

QString toString(ReviewRating r)
{
    switch (r) {
    case ReviewRating::Again: return QStringLiteral("again");
    case ReviewRating::Hard: return QStringLiteral("hard");
    case ReviewRating::Good: return QStringLiteral("good");
    case ReviewRating::Easy: return QStringLiteral("easy");
    }
    return {};
}

std::optional<ReviewRating> reviewRatingFromString(const QString &text)
{
    for (ReviewRating r : { ReviewRating::Again, ReviewRating::Hard, ReviewRating::Good, ReviewRating::Easy })
        if (text == toString(r))
            return r;
    return std::nullopt;
}

int sm2Quality(ReviewRating r)
{
    switch (r) {
    case ReviewRating::Again: return 1;
    case ReviewRating::Hard: return 3;
    case ReviewRating::Good: return 4;
    case ReviewRating::Easy: return 5;
    }
    return 0;
}

double nextEasiness(double easiness, int quality)
{
    const int q = std::clamp(quality, 0, 5);
    const int miss = 5 - q;
    const double next = easiness + (0.1 - miss * (0.08 + miss * 0.02));
    const double rounded = std::round(next * 100.0) / 100.0;
    return std::max(kMinEasiness, rounded);
}

CardSchedule nextSchedule(const CardSchedule &s, ReviewRating r, const QDate &reviewedOn)
{
    const int q = sm2Quality(r);
    CardSchedule next;
    next.easiness = nextEasiness(s.easiness, q);
    if (q < 3) {
        // Restart: the next review comes after I(1), and the next success counts as the first again.
        next.repetitions = 0;
        next.intervalDays = 1;
    } else {
        next.repetitions = s.repetitions + 1;
        if (next.repetitions == 1)
            next.intervalDays = 1;
        else if (next.repetitions == 2)
            next.intervalDays = 6;
        else
            next.intervalDays = std::max(1, static_cast<int>(std::lround(s.intervalDays * next.easiness)));
    }
    next.due = reviewedOn.addDays(next.intervalDays);
    return next;
}

ReviewRating ratingForGrade(int overall, bool dontKnow)
{
    if (dontKnow)
        return ReviewRating::Again;
    const int grade = std::clamp(overall, 0, 10);
    if (grade <= 3)
        return ReviewRating::Again;
    if (grade <= 5)
        return ReviewRating::Hard;
    if (grade <= 8)
        return ReviewRating::Good;
    return ReviewRating::Easy;
}

} // namespace ip
