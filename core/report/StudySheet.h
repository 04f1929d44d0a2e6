#pragma once

#include "common/Result.h"
#include "session/Question.h"
#include "session/RunState.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ip {

// What the PDF and Anki exports print (issue 18): questions to study, grouped by skill, with the key
// points a strong answer covers, their sources and the resume line each question probes. A plain value
// type, independent of a run: a run gives one (sheetFromRun), and so can the study deck's cards.

struct SheetQuestion
{
    QString text;
    QList<KeyPoint> keyPoints; // KeyPoint::source indexes the skill's sources
    QString evidence; // the resume line the question probes; may be empty
    int difficulty = 0; // kMinDifficulty..kMaxDifficulty; 0 = not said

    friend bool operator==(const SheetQuestion &, const SheetQuestion &) = default;
};

struct SheetSkill
{
    QString name;
    QList<Source> sources;
    QList<SheetQuestion> questions;
    bool grounded = false; // false: general knowledge, no web sources

    friend bool operator==(const SheetSkill &, const SheetSkill &) = default;
};

struct StudySheet
{
    QString title; // e.g. "Interview questions — jane_doe.pdf"
    QString subtitle; // e.g. the date, models; may be empty
    QString language; // BCP-47 of the questions ("ar" → right-to-left), may be empty
    QList<SheetSkill> skills;

    friend bool operator==(const StudySheet &, const StudySheet &) = default;
};

// The run's skills that have questions, in order (a failed skill without questions is left out).
StudySheet sheetFromRun(const RunState &run, const QString &questionLanguage = {});

// Right-to-left when the language is written so (ar, he, fa, ur…); without a language, when the
// questions' own text is (QString::isRightToLeft of the first question with strong characters).
bool isRightToLeft(const StudySheet &sheet);

// An Anki "Import File" text file (UTF-8, tab-separated, file headers setting everything): one
// Basic note per question. See AnkiExport.cpp for the format.
QByteArray renderAnki(const StudySheet &sheet);

// An A4 PDF (Qt's own writer) with page numbers, right-to-left when the sheet is. Needs a
// QGuiApplication (fonts); without one, or when nothing could be written, an error for a person.
Result<QByteArray, QString> renderPdf(const StudySheet &sheet);

} // namespace ip
