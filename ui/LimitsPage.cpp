#include "LimitsPage.h"

#include "LevelChoice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ip {
namespace {

constexpr double kMiB = 1024.0 * 1024.0;
constexpr SettingRange<qint64> kFileBytes = settingRange(&Settings::maxFileBytes);
// The file size is shown in MB with two decimals: 0.01 MB is the least the box can show.
constexpr double kMinFileMb = 0.01;

void addLabelledRow(QFormLayout *form, QWidget *field, const char *objectName, const QString &label,
                    const QString &help);

} // namespace

LimitsPage::LimitsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("limitsPage"));
    auto *runBox = new QGroupBox(tr("Each run"), this);
    auto *runForm = new QFormLayout(runBox);
    m_skillCount = addSpin(runForm, "skillCount", tr("&Skills to pick:"),
                           tr("How many skills are taken from the resume"), settingRange(&Settings::skillCount));
    m_questionsPerSkill
        = addSpin(runForm, "questionsPerSkill", tr("&Questions per skill:"),
                  tr("How many questions are written for each skill"), settingRange(&Settings::questionsPerSkill));
    m_level = new QComboBox(runBox);
    fillLevelChoice(m_level);
    addLabelledRow(runForm, m_level, "targetLevel", tr("Role &level:"),
                   tr("The level of the role you prepare for: junior questions stay with foundations, staff "
                      "questions go to design across teams and long-term trade-offs"));
    m_reviewSkills = new QCheckBox(tr("Re&view the skills before questions are written"), runBox);
    m_reviewSkills->setObjectName(QStringLiteral("reviewSkills"));
    m_reviewSkills->setToolTip(tr("After the skills are found, the run waits while you rename, reorder, remove or "
                                  "add skills"));
    m_reviewSkills->setAccessibleDescription(m_reviewSkills->toolTip());
    runForm->addRow(m_reviewSkills);
    m_keyPoints = new QCheckBox(tr("&Key points with every question"), runBox);
    m_keyPoints->setObjectName(QStringLiteral("keyPoints"));
    m_keyPoints->setToolTip(tr("Three points a strong answer covers, behind “Show key points” and in the reports. "
                               "They make each question about half again as long to write: on Groq's free tier a "
                               "run of nine skills then needs a second minute of its token budget"));
    m_keyPoints->setAccessibleDescription(m_keyPoints->toolTip());
    runForm->addRow(m_keyPoints);
    m_batchSize = addSpin(runForm, "batchSize", tr("Skills per &batch:"), tr("How many skills share one request"),
                          settingRange(&Settings::batchSize));
    m_concurrentBatches
        = addSpin(runForm, "maxConcurrentBatches", tr("Batches at &once:"),
                  tr("How many batches are worked on at the same time"), settingRange(&Settings::maxConcurrentBatches));
    m_discoveryConcurrency = addSpin(runForm, "discoveryConcurrency", tr("Source &searches at once:"),
                                     tr("How many web searches for sources run at the same time"),
                                     settingRange(&Settings::discoveryConcurrency));
    const QString effortHelp = tr("Reasoning models (gpt-oss) think before they answer; the thinking counts against "
                                  "Groq's tokens per minute. Low is the fastest on the free tier.");
    m_skillEffort = addEffort(runForm, "skillReasoningEffort", tr("Thinking for s&kills:"), effortHelp);
    m_questionEffort = addEffort(runForm, "questionReasoningEffort", tr("Thinking for q&uestions:"), effortHelp);

    auto *rateBox = new QGroupBox(tr("Provider limits"), this);
    auto *rateForm = new QFormLayout(rateBox);
    m_groqRpm = addSpin(rateForm, "groqRequestsPerMinute", tr("Groq requests per minute:"),
                        tr("Requests sent to the skills and questions provider per minute"),
                        settingRange(&Settings::groqRequestsPerMinute));
    m_groqTpm = addSpin(rateForm, "groqTokensPerMinute", tr("Groq tokens per minute:"),
                        tr("Token budget per minute of each model of the skills and questions provider; Off for none"),
                        settingRange(&Settings::groqTokensPerMinute));
    m_geminiRpm = addSpin(rateForm, "geminiRequestsPerMinute", tr("Gemini requests per minute:"),
                          tr("Requests sent to Gemini per minute"), settingRange(&Settings::geminiRequestsPerMinute));
    m_geminiTpm = addSpin(rateForm, "geminiTokensPerMinute", tr("Gemini tokens per minute:"),
                          tr("Token budget per minute of Gemini; Off for none"),
                          settingRange(&Settings::geminiTokensPerMinute));
    m_groqTpm->setSpecialValueText(tr("Off"));
    m_geminiTpm->setSpecialValueText(tr("Off"));
    m_groqTpm->setSingleStep(1000);
    m_geminiTpm->setSingleStep(1000);

    auto *safetyBox = new QGroupBox(tr("Timeouts and input"), this);
    auto *safetyForm = new QFormLayout(safetyBox);
    m_requestTimeout
        = addSpin(safetyForm, "requestTimeout", tr("Request &timeout:"), tr("How long one request may take in total"),
                  settingRange(&Settings::requestTimeoutSec), tr(" s"));
    m_firstByteTimeout = addSpin(safetyForm, "firstByteTimeout", tr("Wait for first answer:"),
                                 tr("How long to wait for a provider to start answering"),
                                 settingRange(&Settings::firstByteTimeoutSec), tr(" s"));
    m_retries = addSpin(safetyForm, "maxRetries", tr("&Retries:"), tr("How often a failed request is tried again"),
                        settingRange(&Settings::maxRetries));
    m_maxFileMb = new QDoubleSpinBox(safetyBox);
    m_maxFileMb->setObjectName(QStringLiteral("maxFileSize"));
    m_maxFileMb->setRange(qMax(kMinFileMb, double(kFileBytes.min) / kMiB), double(kFileBytes.max) / kMiB);
    m_maxFileMb->setDecimals(2);
    m_maxFileMb->setSingleStep(1.0);
    m_maxFileMb->setSuffix(tr(" MB"));
    m_maxFileMb->setAccessibleName(tr("Largest resume file"));
    m_maxFileMb->setAccessibleDescription(tr("Larger files are refused before reading"));
    auto *fileLabel = new QLabel(tr("Largest resume &file:"), safetyBox);
    fileLabel->setBuddy(m_maxFileMb);
    safetyForm->addRow(fileLabel, m_maxFileMb);
    m_maxPages = addSpin(safetyForm, "maxPages", tr("Most PDF &pages:"), tr("Longer PDFs are refused"),
                         settingRange(&Settings::maxPages));

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(runBox);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(rateBox);
    right->addWidget(safetyBox);
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
}

namespace {

// A row of `form`: the label (with its mnemonic) as the field's buddy, the help as its tool tip and
// accessible description, the label without "&" and ":" as its accessible name.
void addLabelledRow(QFormLayout *form, QWidget *field, const char *objectName, const QString &label,
                    const QString &help)
{
    field->setObjectName(QString::fromLatin1(objectName));
    field->setToolTip(help);
    QString name = label;
    name.remove(QLatin1Char('&'));
    name.remove(QLatin1Char(':'));
    field->setAccessibleName(name);
    field->setAccessibleDescription(help);
    auto *l = new QLabel(label, form->parentWidget());
    l->setBuddy(field);
    form->addRow(l, field);
}

} // namespace

QSpinBox *LimitsPage::addSpin(QFormLayout *form, const char *objectName, const QString &label, const QString &help,
                              SettingRange<int> range, const QString &suffix)
{
    auto *spin = new QSpinBox(form->parentWidget());
    spin->setRange(range.min, range.max);
    spin->setSuffix(suffix);
    spin->setGroupSeparatorShown(range.max >= 10000);
    addLabelledRow(form, spin, objectName, label, help);
    return spin;
}

QComboBox *LimitsPage::addEffort(QFormLayout *form, const char *objectName, const QString &label, const QString &help)
{
    auto *box = new QComboBox(form->parentWidget());
    box->addItem(tr("Low"), QStringLiteral("low"));
    box->addItem(tr("Medium"), QStringLiteral("medium"));
    box->addItem(tr("High"), QStringLiteral("high"));
    addLabelledRow(form, box, objectName, label, help);
    return box;
}

void LimitsPage::load(const Settings &s)
{
    selectLevel(m_level, s.targetLevel);
    m_reviewSkills->setChecked(s.reviewSkills);
    m_keyPoints->setChecked(s.keyPoints);
    m_skillEffort->setCurrentIndex(qMax(0, m_skillEffort->findData(s.skillReasoningEffort)));
    m_questionEffort->setCurrentIndex(qMax(0, m_questionEffort->findData(s.questionReasoningEffort)));
    m_skillCount->setValue(s.skillCount);
    m_batchSize->setValue(s.batchSize);
    m_questionsPerSkill->setValue(s.questionsPerSkill);
    m_concurrentBatches->setValue(s.maxConcurrentBatches);
    m_discoveryConcurrency->setValue(s.discoveryConcurrency);
    m_groqRpm->setValue(s.groqRequestsPerMinute);
    m_groqTpm->setValue(s.groqTokensPerMinute);
    m_geminiRpm->setValue(s.geminiRequestsPerMinute);
    m_geminiTpm->setValue(s.geminiTokensPerMinute);
    m_requestTimeout->setValue(s.requestTimeoutSec);
    m_firstByteTimeout->setValue(s.firstByteTimeoutSec);
    m_retries->setValue(s.maxRetries);
    m_maxFileMb->setValue(double(s.maxFileBytes) / kMiB);
    m_maxPages->setValue(s.maxPages);
}

void LimitsPage::apply(Settings &s) const
{
    s.targetLevel = chosenLevel(m_level);
    s.reviewSkills = m_reviewSkills->isChecked();
    s.keyPoints = m_keyPoints->isChecked();
    s.skillReasoningEffort = m_skillEffort->currentData().toString();
    s.questionReasoningEffort = m_questionEffort->currentData().toString();
    s.skillCount = m_skillCount->value();
    s.batchSize = m_batchSize->value();
    s.questionsPerSkill = m_questionsPerSkill->value();
    s.maxConcurrentBatches = m_concurrentBatches->value();
    s.discoveryConcurrency = m_discoveryConcurrency->value();
    s.groqRequestsPerMinute = m_groqRpm->value();
    s.groqTokensPerMinute = m_groqTpm->value();
    s.geminiRequestsPerMinute = m_geminiRpm->value();
    s.geminiTokensPerMinute = m_geminiTpm->value();
    s.requestTimeoutSec = m_requestTimeout->value();
    s.firstByteTimeoutSec = m_firstByteTimeout->value();
    s.maxRetries = m_retries->value();
    s.maxFileBytes = qBound(kFileBytes.min, qRound64(m_maxFileMb->value() * kMiB), kFileBytes.max);
    s.maxPages = m_maxPages->value();
}

} // namespace ip
