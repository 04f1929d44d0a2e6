#pragma once

#include <QWidget>

namespace ip {

// One question of a skill: its number, the selectable text, and a button that copies it.
class QuestionRow : public QWidget
{
    Q_OBJECT
public:
    // `number` counts from 1.
    QuestionRow(int number, const QString &text, QWidget *parent = nullptr);

Q_SIGNALS:
    void copyRequested();
};

} // namespace ip
