#pragma once

#include <QToolButton>

namespace ip {

// The header button of a section: Tab stops here, Space or Enter toggles.
class SectionToggle : public QToolButton
{
    Q_OBJECT
public:
    explicit SectionToggle(QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace ip
