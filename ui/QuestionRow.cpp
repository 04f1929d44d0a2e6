#include "QuestionRow.h"

#include "Icons.h"
#include "WrappedLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace ip {

QuestionRow::QuestionRow(int number, const QString &text, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("questionRow%1").arg(number));
    auto *num = new QLabel(QStringLiteral("%1.").arg(number), this);
    num->setObjectName(QStringLiteral("questionNumber%1").arg(number));
    num->setAlignment(Qt::AlignRight | Qt::AlignTop);
    num->setForegroundRole(QPalette::PlaceholderText);
    num->setFixedWidth(num->fontMetrics().horizontalAdvance(QStringLiteral("88.")));
    auto *label = new WrappedLabel(this);
    label->setObjectName(QStringLiteral("question%1").arg(number));
    label->setTextFormat(Qt::PlainText);
    label->setWrappedText(text);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setSelectableOnDemand(true);
    label->setFocusPolicy(Qt::ClickFocus);
    label->setAccessibleName(tr("Question %1").arg(number));
    label->setAccessibleDescription(text);
    auto *copy = new QToolButton(this);
    copy->setObjectName(QStringLiteral("copyQuestion%1").arg(number));
    copy->setIcon(icons::themed(QStringLiteral("copy")));
    copy->setAutoRaise(true);
    copy->setToolTip(tr("Copy question %1").arg(number));
    copy->setAccessibleName(tr("Copy question %1").arg(number));
    copy->setAccessibleDescription(tr("Puts this question on the clipboard"));
    connect(copy, &QToolButton::clicked, this, &QuestionRow::copyRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(num, 0, Qt::AlignTop);
    layout->addWidget(label, 1);
    layout->addWidget(copy, 0, Qt::AlignTop);
}

} // namespace ip
