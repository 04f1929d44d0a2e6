#include "WrappedLabel.h"

#include <QEvent>

namespace ip {

WrappedLabel::WrappedLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

void WrappedLabel::setWrappedText(const QString &text)
{
    m_heights.clear();
    setText(text);
}

int WrappedLabel::heightForWidth(int width) const
{
    const auto it = m_heights.constFind(width);
    if (it != m_heights.cend())
        return *it;
    if (m_heights.size() > 64)
        m_heights.clear();
    const int h = QLabel::heightForWidth(width);
    m_heights.insert(width, h);
    return h;
}

void WrappedLabel::setSelectableOnDemand(bool on)
{
    m_selectableOnDemand = on;
    if (on)
        setCursor(Qt::IBeamCursor);
}

void WrappedLabel::makeSelectable()
{
    if (!m_selectableOnDemand)
        return;
    m_selectableOnDemand = false;
    m_heights.clear();
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

bool WrappedLabel::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::Enter:
    case QEvent::FocusIn:
    case QEvent::MouseButtonPress:
    case QEvent::ContextMenu: makeSelectable(); break;
    default: break;
    }
    return QLabel::event(event);
}

void WrappedLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange: m_heights.clear(); break;
    default: break;
    }
    QLabel::changeEvent(event);
}

} // namespace ip
