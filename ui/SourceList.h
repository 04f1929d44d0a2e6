#pragma once

#include "session/RunState.h"

#include <QList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace ip {

// A source as a link: "<a href=…>page title — site</a>" (the address when there is no label); empty for
// a source without a valid address.
[[nodiscard]] QString sourceLinkHtml(const Source &source);
// The links of `label` open in the browser.
void openLinksInBrowser(QLabel *label);

// A skill's sources under a "Sources" caption: one link per source (its title, then its domain),
// opened in the browser.
class SourceList : public QWidget
{
    Q_OBJECT
public:
    explicit SourceList(QWidget *parent = nullptr);

    // Shows `sources` (those without a valid address are left out).
    void setSources(const QList<Source> &sources);
    // The links shown.
    [[nodiscard]] int count() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_caption;
    QVBoxLayout *m_links;
};

} // namespace ip
