#include "ui/wizards/wizarddraft.h"

#include "ui/plaintext.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QWizard>

namespace BatchDesk::Ui {

WizardDraft::WizardDraft(std::function<QVariantMap()> collect, QObject *parent)
    : QObject(parent)
    , m_collect(std::move(collect))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kSaveDelayMs);
    connect(m_timer, &QTimer::timeout, this, &WizardDraft::saveNow);
}

std::optional<Draft> WizardDraft::attach(DraftStore *store, const QString &key)
{
    m_timer->stop();
    m_store = store;
    m_key = store ? key : QString();
    m_written.clear();
    m_committed.clear();
    m_commitFailed = false;
    return isAttached() ? m_store->load(m_key) : std::nullopt;
}

void WizardDraft::scheduleSave()
{
    // Not restarted by each change: while the manager types, a write still follows the first
    // keystroke within the delay, with everything typed by then.
    if (isAttached() && !m_paused && !m_timer->isActive())
        m_timer->start();
}

void WizardDraft::saveNow()
{
    m_timer->stop();
    if (!isAttached() || m_paused)
        return;
    const QVariantMap fields = m_collect();
    if (sameInputs(fields, m_written))
        return;
    if (m_store->save(m_key, fields))
        m_written = fields;
}

bool WizardDraft::sameInputs(const QVariantMap &a, const QVariantMap &b) const
{
    if (m_descriptive.isEmpty())
        return a == b;
    QVariantMap left = a;
    QVariantMap right = b;
    for (const QString &name : m_descriptive) {
        left.remove(name);
        right.remove(name);
    }
    return left == right;
}

void WizardDraft::markSaved()
{
    m_timer->stop();
    m_written = m_collect();
}

void WizardDraft::followPages(QWizard *wizard, int commitPageId, std::function<const QObject *()> runOf)
{
    connect(wizard, &QWizard::currentIdChanged, this, [this, commitPageId, runOf = std::move(runOf)](int id) {
        const QObject *run = id == commitPageId ? runOf() : nullptr;
        if (run && run != m_lastRun) {
            m_lastRun = run;
            commitStarted();
        } else {
            saveNow();
        }
    });
}

void WizardDraft::commitStarted()
{
    saveNow();
    m_committed = m_collect();
    m_commitFailed = false;
}

void WizardDraft::commitFinished(bool allSucceeded)
{
    m_commitFailed = !allSucceeded;
    if (allSucceeded)
        discard();
}

void WizardDraft::abandon()
{
    // After a failed commit the draft is what the manager will want to try again; Cancel is
    // how they close the wizard then.
    if (m_commitFailed && sameInputs(m_collect(), m_committed)) {
        saveNow();
        return;
    }
    discard();
}

void WizardDraft::discard()
{
    m_timer->stop();
    if (isAttached())
        m_store->discard(m_key);
    // Nothing is written again until an input changes.
    m_written = m_collect();
}

// ---------------------------------------------------------------------------------------------

DraftNote::DraftNote(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("DraftNote"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this).pixmap(size, size));
    m_text = plainLabel(this);
    m_text->setObjectName(QStringLiteral("DraftNoteText"));
    m_text->setWordWrap(true);
    m_startOver = new QPushButton(tr("Start over"), this);
    m_startOver->setObjectName(QStringLiteral("DraftStartOver"));
    m_startOver->setToolTip(tr("Forget this draft and start from an empty wizard (or from what was selected on "
                               "the board)."));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_startOver, 0, Qt::AlignVCenter);

    connect(m_startOver, &QPushButton::clicked, this, &DraftNote::startOverClicked);
    hide();
}

void DraftNote::showRestored(const QDateTime &savedAt, const QString &extra)
{
    const QDateTime local = savedAt.toLocalTime();
    const QLocale locale;
    QString text = local.date() == QDate::currentDate()
        ? tr("Restored the draft you left at %1.").arg(locale.toString(local.time(), QLocale::ShortFormat))
        : tr("Restored the draft you left on %1.").arg(locale.toString(local, QLocale::ShortFormat));
    if (!extra.isEmpty())
        text += QLatin1Char(' ') + extra;
    m_text->setText(text);
    show();
}

QString DraftNote::text() const
{
    return m_text->text();
}

} // namespace BatchDesk::Ui
