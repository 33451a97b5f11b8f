#include "ui/scan/gotobatchdialog.h"

#include "models/batchstore.h"
#include "ui/plaintext.h"
#include "ui/scan/wedgescanner.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace BatchDesk::Ui {

GoToBatchDialog::GoToBatchDialog(const BatchStore *store, const UnitLabelIndex *units, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_units(units)
    , m_prompt(plainLabel(this))
    , m_code(new QLineEdit(this))
    , m_message(plainLabel(this))
    , m_candidates(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_scanner(new WedgeScanner(this, this))
{
    m_code->setObjectName(QStringLiteral("goToBatchCode"));
    m_code->setProperty(WedgeScanner::kAcceptsScansProperty, true);
    m_code->setClearButtonEnabled(true);
    m_prompt->setBuddy(m_code);
    m_message->setObjectName(QStringLiteral("goToBatchMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_candidates->setObjectName(QStringLiteral("goToBatchCandidates"));
    m_candidates->setSelectionMode(QAbstractItemView::SingleSelection);
    m_candidates->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_code);
    layout->addWidget(m_message);
    layout->addWidget(m_candidates, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &GoToBatchDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // What was said about the previous code is stale once the person types another.
    connect(m_code, &QLineEdit::textEdited, this, &GoToBatchDialog::clearProblem);
    connect(m_candidates, &QListWidget::itemDoubleClicked, this, &GoToBatchDialog::accept);
    // A scan replaces whatever was typed and is looked up at once (its Enter was swallowed).
    connect(m_scanner, &WedgeScanner::scanned, this, [this](const QString &code) {
        m_code->setText(code);
        accept();
    });
    retranslateUi();
}

void GoToBatchDialog::accept()
{
    const QString code = m_code->text();
    if (m_match.ambiguous() && code == m_lookedUp) {
        const QList<QListWidgetItem *> picked = m_candidates->selectedItems();
        if (!picked.isEmpty()) {
            choose(picked.constFirst()->data(Qt::UserRole).toString());
        } else {
            QApplication::beep();
            m_candidates->setFocus();
        }
        return;
    }
    if (code.trimmed().isEmpty()) {
        m_code->setFocus();
        return;
    }
    m_lookedUp = code;
    m_match = m_store ? lookupCode(*m_store, code, m_units) : CodeMatch{};
    if (m_match.kind == CodeMatch::Kind::None) {
        m_candidates->clear();
        m_candidates->hide();
        m_message->setText(codeMatchProblem(m_match, code));
        m_message->show();
        QApplication::beep();
        m_code->setFocus();
        m_code->selectAll();
        return;
    }
    if (m_match.ambiguous()) {
        showCandidates();
        return;
    }
    choose(m_match.batchIds.constFirst());
}

void GoToBatchDialog::showCandidates()
{
    m_candidates->clear();
    for (const QString &id : std::as_const(m_match.batchIds)) {
        const BatchRecord *record = m_store->batch(id);
        if (!record)
            continue;
        // Enough to tell two boxes with one label apart: where each belongs.
        QStringList parts{record->label};
        if (const Niagara::WorkOrder *workOrder = m_store->workOrder(record->workOrderId))
            parts << workOrder->label;
        if (const Niagara::Queue *queue = m_store->queue(record->queueId))
            parts << queue->label;
        auto *item = new QListWidgetItem(parts.join(QStringLiteral(" — ")), m_candidates);
        item->setData(Qt::UserRole, id);
        item->setToolTip(plainToolTip(id));
    }
    m_message->setText(codeMatchProblem(m_match, m_lookedUp));
    m_message->show();
    m_candidates->show();
    m_candidates->setFocus();
}

void GoToBatchDialog::clearProblem()
{
    m_match = CodeMatch{};
    m_lookedUp.clear();
    m_message->clear();
    m_message->hide();
    m_candidates->clear();
    m_candidates->hide();
}

void GoToBatchDialog::choose(const QString &batchId)
{
    QString cycleId = m_match.cycleId;
    if (m_match.ambiguous() && m_match.kind == CodeMatch::Kind::UnitLabel && m_units) {
        // Batches that share a unit label: the unit is the one in the batch picked.
        QStringList cycles;
        for (const auto &[batch, cycle] : m_units->find(m_lookedUp.trimmed(), Qt::CaseInsensitive)) {
            if (batch == batchId)
                cycles << cycle;
        }
        if (cycles.size() == 1)
            cycleId = cycles.constFirst();
    }
    Q_EMIT chosen(batchId, cycleId);
    QDialog::accept();
}

void GoToBatchDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void GoToBatchDialog::retranslateUi()
{
    setWindowTitle(tr("Go to batch"));
    m_prompt->setText(tr("&Scan or type a code:"));
    m_code->setPlaceholderText(tr("Batch id, label, traveler code or unit serial"));
    if (!m_message->isHidden())
        m_message->setText(codeMatchProblem(m_match, m_lookedUp));
}

} // namespace BatchDesk::Ui
