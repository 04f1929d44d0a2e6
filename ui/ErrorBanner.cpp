#include "ErrorBanner.h"

#include "Icons.h"
#include "Theme.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace ip {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    m_text->setObjectName(QStringLiteral("errorBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_icon->setAlignment(Qt::AlignTop);
    m_close->setObjectName(QStringLiteral("errorBannerClose"));
    m_close->setIcon(icons::themed(QStringLiteral("close")));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setAccessibleDescription(tr("Hides this message"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        dismiss();
        Q_EMIT dismissed();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 10, 8, 10);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_buttons->setSpacing(6);
    layout->addLayout(m_buttons);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    setAccessibleName(tr("Message"));
    hide();
}

QString ErrorBanner::actionText(Action action) const
{
    switch (action) {
    case Action::OpenSettings: return tr("Open settings");
    case Action::Retry: return tr("Retry");
    case Action::ChooseFile: return tr("Choose another file");
    }
    return {};
}

void ErrorBanner::showMessage(const QString &message, const QList<Action> &actions, Level level)
{
    m_level = level;
    m_actions = actions;
    m_text->setText(message);
    qDeleteAll(m_buttonWidgets);
    m_buttonWidgets.clear();
    for (Action a : actions) {
        auto *b = new QPushButton(actionText(a), this);
        switch (a) {
        case Action::OpenSettings: b->setObjectName(QStringLiteral("bannerOpenSettings")); break;
        case Action::Retry: b->setObjectName(QStringLiteral("bannerRetry")); break;
        case Action::ChooseFile: b->setObjectName(QStringLiteral("bannerChooseFile")); break;
        }
        b->setAccessibleName(b->text());
        b->setAccessibleDescription(message);
        connect(b, &QPushButton::clicked, this, [this, a] { Q_EMIT actionTriggered(a); });
        m_buttons->addWidget(b, 0, Qt::AlignTop);
        m_buttonWidgets.append(b);
    }
    switch (level) {
    case Level::Error: setAccessibleName(tr("Error")); break;
    case Level::Warning: setAccessibleName(tr("Warning")); break;
    case Level::Info: setAccessibleName(tr("Note")); break;
    }
    setAccessibleDescription(message);
    m_text->setAccessibleName(message);
    updateIcon();
    show();
    update();
    QAccessibleEvent ev(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&ev);
}

void ErrorBanner::dismiss()
{
    hide();
    m_text->clear();
    m_actions.clear();
    qDeleteAll(m_buttonWidgets);
    m_buttonWidgets.clear();
}

QString ErrorBanner::message() const
{
    return isHidden() ? QString() : m_text->text();
}

QPushButton *ErrorBanner::button(Action action) const
{
    const auto i = m_actions.indexOf(action);
    return i >= 0 && i < m_buttonWidgets.size() ? m_buttonWidgets.at(i) : nullptr;
}

void ErrorBanner::updateIcon()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) + 4;
    const QString name = m_level == Level::Error ? QStringLiteral("error")
        : m_level == Level::Warning              ? QStringLiteral("warning")
                                                 : QStringLiteral("info");
    m_icon->setPixmap(icons::tinted(name, accentColor()).pixmap(QSize(size, size), devicePixelRatioF()));
}

QColor ErrorBanner::accentColor() const
{
    switch (m_level) {
    case Level::Error: return theme::color(palette(), theme::Semantic::Error);
    case Level::Warning: return theme::color(palette(), theme::Semantic::Warning);
    case Level::Info: break;
    }
    return theme::color(palette(), theme::Semantic::Accent);
}

void ErrorBanner::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor accent = accentColor();
    QColor fill = accent;
    fill.setAlphaF(m_level == Level::Info ? 0.10f : 0.14f);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(r, 6, 6);
    p.fillPath(path, pal.color(QPalette::Base));
    p.fillPath(path, fill);
    p.setPen(QPen(accent, 1));
    p.drawPath(path);
    // A stripe on the leading edge.
    QPainterPath stripe;
    stripe.addRoundedRect(QRectF(r.left(), r.top(), 5, r.height()), 2.5, 2.5);
    p.fillPath(stripe, accent);
    QFrame::paintEvent(event);
}

void ErrorBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateIcon();
    QFrame::changeEvent(event);
}

} // namespace ip
