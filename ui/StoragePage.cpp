#include "StoragePage.h"

#include "AppContext.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ip {

namespace {

// "2.3 MB", as the app says sizes elsewhere (ResumeDrop).
QString sizeOf(qint64 bytes, const QLocale &locale)
{
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString sizeText(const StoredPlace &place, const QLocale &locale)
{
    if (!place.exists || place.files == 0)
        return StoragePage::tr("Nothing stored");
    if (place.isFile)
        return sizeOf(place.bytes, locale);
    return StoragePage::tr("%1, %n file(s)", nullptr, int(qMin<qint64>(place.files, INT_MAX)))
        .arg(sizeOf(place.bytes, locale));
}

} // namespace

StoragePage::StoragePage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_grid(new QGridLayout)
    , m_empty(new QLabel(this))
    , m_delete(new QPushButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("storagePage"));

    auto *intro = new QLabel(tr("What this app keeps on this computer. API keys are not in these files: they are in "
                                "the system keychain."),
                             this);
    intro->setObjectName(QStringLiteral("storageIntro"));
    intro->setWordWrap(true);

    auto *placesBox = new QGroupBox(tr("Stored on this computer"), this);
    placesBox->setObjectName(QStringLiteral("storagePlaces"));
    m_grid->setColumnStretch(2, 1);
    m_empty->setObjectName(QStringLiteral("storageMeasuring"));
    m_empty->setText(tr("Measuring…"));
    auto *placesLayout = new QVBoxLayout(placesBox);
    placesLayout->addLayout(m_grid);
    placesLayout->addWidget(m_empty);

    m_delete->setObjectName(QStringLiteral("deleteStoredData"));
    m_delete->setText(tr("&Delete everything this app stored…"));
    m_delete->setToolTip(tr("Remove the runs, the result cache and the logs, and reset every setting"));
    m_delete->setAccessibleName(tr("Delete everything this app stored"));
    m_delete->setAccessibleDescription(m_delete->toolTip());
    connect(m_delete, &QPushButton::clicked, this, &StoragePage::askToDelete);

    m_status->setObjectName(QStringLiteral("storageStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Storage status"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(placesBox);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(&m_watcher, &QFutureWatcher<QList<StoredPlace>>::finished, this, [this] {
        showPlaces(m_watcher.result());
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
            return;
        }
        Q_EMIT measured();
    });
    connect(&m_context, &AppContext::storedDataDeleted, this, &StoragePage::onDeleted);
    refresh();
}

void StoragePage::refresh()
{
    if (m_watcher.isRunning()) {
        m_refreshAgain = true; // after this one, with what is there then
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(measureStoredData, m_context.storedPaths()));
}

void StoragePage::showPlaces(const QList<StoredPlace> &places)
{
    m_places = places;
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    m_empty->setText(tr("Nothing is stored in files by this app."));
    m_empty->setVisible(places.isEmpty());
    const QLocale locale = this->locale();
    int row = 0;
    for (const StoredPlace &place : places) {
        const QString kind = QString::number(int(place.kind));
        auto *title = new QLabel(place.title);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setObjectName(QStringLiteral("storedTitle") + kind);

        auto *size = new QLabel(sizeText(place, locale));
        size->setObjectName(QStringLiteral("storedSize") + kind);

        auto *path = new QLabel(place.path);
        path->setObjectName(QStringLiteral("storedPath") + kind);
        path->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        path->setFocusPolicy(Qt::StrongFocus);
        path->setWordWrap(true);
        path->setAccessibleName(tr("Where: %1").arg(place.title));
        path->setAccessibleDescription(place.path);

        auto *open = new QPushButton(tr("Open folder"));
        open->setObjectName(QStringLiteral("openStored") + kind);
        open->setAccessibleName(tr("Open the folder of: %1").arg(place.title));
        const QString folder = place.isFile ? QFileInfo(place.path).absolutePath() : place.path;
        open->setEnabled(QFileInfo(folder).isDir());
        connect(open, &QPushButton::clicked, this,
                [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(QDir::fromNativeSeparators(folder))); });

        m_grid->addWidget(title, row, 0);
        m_grid->addWidget(size, row, 1);
        m_grid->addWidget(path, row, 2);
        m_grid->addWidget(open, row, 3);
        m_rowWidgets << title << size << path << open;
        ++row;
    }
    // Keyboard order follows the rows (path, Open folder), then the delete button: the rows are made
    // after the button, so the default order would put them last.
    QWidget *previous = nullptr;
    for (QWidget *w : std::as_const(m_rowWidgets)) {
        if (!(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (previous)
            setTabOrder(previous, w);
        previous = w;
    }
    if (previous)
        setTabOrder(previous, m_delete);
}

void StoragePage::askToDelete()
{
    if (m_confirmation || m_deleting)
        return;
    QStringList goes;
    for (const StoredPlace &place : std::as_const(m_places)) {
        if (place.kind == StoredKind::Settings)
            continue;
        goes << tr("%1: %2").arg(place.title, sizeText(place, locale()));
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete everything this app stored?"),
                                tr("Delete everything this app stored?"), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteStoredConfirmation"));
    QString details;
    if (!goes.isEmpty())
        details = tr("These go:") + QStringLiteral("\n\u2022 ") + goes.join(QStringLiteral("\n\u2022 "))
            + QStringLiteral("\n\n");
    details += tr("Every setting goes back to its default. The API keys stay in the keychain unless you tick the box "
                  "below. This cannot be undone.");
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(details);
    auto *keys = new QCheckBox(tr("Also remove the API &keys from the keychain"), box);
    keys->setObjectName(QStringLiteral("alsoRemoveKeys"));
    keys->setChecked(false);
    box->setCheckBox(keys);
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDelete"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation = box;
    connect(box, &QMessageBox::finished, this, [this, box, remove, keys] {
        m_confirmation = nullptr;
        if (box->clickedButton() != remove)
            return;
        if (m_context.deleteStoredData(keys->isChecked())) {
            m_deleting = true;
            m_delete->setEnabled(false);
            m_status->setText(tr("Deleting…"));
        }
    });
    box->open();
}

void StoragePage::onDeleted(const StoredDataDeletion &result)
{
    m_deleting = false;
    m_delete->setEnabled(true);
    m_status->setText(describe(result, locale()));
    Q_EMIT deleted(result);
    refresh();
}

QString StoragePage::describe(const StoredDataDeletion &result, const QLocale &locale)
{
    QStringList parts;
    parts << tr("Removed %n file(s) (%1).", nullptr, int(qMin<qint64>(result.filesRemoved, INT_MAX)))
                 .arg(sizeOf(result.bytesRemoved, locale));
    if (result.settingsReset)
        parts << tr("Every setting is back to its default.");
    if (!result.keysRequested)
        parts << tr("The API keys were kept.");
    else if (result.keysFailed.isEmpty())
        parts << tr("The API keys were removed from the keychain.");
    else
        parts << tr("Could not remove the API keys of %1: %2")
                     .arg(result.keysFailed.join(QStringLiteral(", ")), result.keysMessage);
    if (!result.failed.isEmpty())
        parts << tr("Could not remove %n file(s): %1", nullptr, int(result.failed.size()))
                     .arg(result.failed.join(QStringLiteral(", ")));
    return parts.join(QLatin1Char(' '));
}

} // namespace ip
