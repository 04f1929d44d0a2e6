#pragma once

#include "report/StudySheet.h"

#include <QString>

// Helpers shared by the study sheet's exports (internal to core/report).
namespace ip::report {

// A source as HTML: a link to its address (http/https only) named by its title, else the title
// as text; escaped.
QString sourceLinkHtml(const Source &source);
// The source a key point names, or nullptr when it names none or its index is out of range.
const Source *sheetKeyPointSource(const SheetSkill &skill, const KeyPoint &point);
// "General knowledge — no web sources" (translated).
QString generalKnowledgeText();

} // namespace ip::report
