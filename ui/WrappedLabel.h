#pragma once

#include <QHash>
#include <QLabel>

namespace ip {

// A word-wrapped QLabel that remembers its height for each width. A selectable QLabel lays its
// whole text document out again on every heightForWidth() call, and nested box layouts ask many
// times per pass: with dozens of questions on screen that alone held the GUI thread for tens of
// milliseconds per layout.
class WrappedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    // Use this instead of QLabel::setText so the remembered heights are dropped.
    void setWrappedText(const QString &text);

    // Selectable text, but only from the moment the pointer or the focus arrives: a selectable
    // QLabel measures itself through a full text document, several times slower than a plain one,
    // which adds up over dozens of questions.
    void setSelectableOnDemand(bool on);

    [[nodiscard]] int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void makeSelectable();

    mutable QHash<int, int> m_heights;
    bool m_selectableOnDemand = false;
};

} // namespace ip
