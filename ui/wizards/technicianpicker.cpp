#include "ui/wizards/technicianpicker.h"

#include "models/displaytext.h"
#include "models/planning/catalogmodels.h"
#include "ui/plaintext.h"
#include "ui/wizards/catalogbrowser.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace BatchDesk::Ui {

TechnicianPicker::TechnicianPicker(PlanningService *service, QWidget *parent)
    : QWidget(parent)
{
    m_model = new UserCatalogModel(this);
    m_model->setCheckable(true);
    m_pager = new CatalogPager(service, m_model, this);
    m_browser = new CatalogBrowser(m_model, m_pager, this);
    m_browser->setSearchPlaceholder(tr("Search people by name or email"));
    // Ticking is the choice; a row selection would only compete with it.
    m_browser->view()->setSelectionMode(QAbstractItemView::NoSelection);

    m_summary = plainLabel(this);
    m_summary->setObjectName(QStringLiteral("ChosenTechnicians"));
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_summary);

    connect(m_model, &PagedCatalogModel::checkedIdsChanged, this, [this] {
        updateSummary();
        Q_EMIT chosenChanged();
    });
    updateSummary();
}

TechnicianPicker::~TechnicianPicker() = default;

void TechnicianPicker::start()
{
    m_pager->start();
}

QStringList TechnicianPicker::chosenIds() const
{
    return m_model->checkedIds();
}

QList<Niagara::User> TechnicianPicker::chosenUsers() const
{
    QList<Niagara::User> users;
    for (const QString &id : m_model->checkedIds()) {
        if (const Niagara::User *user = m_model->item(id))
            users.append(*user);
    }
    return users;
}

void TechnicianPicker::setChosenIds(const QStringList &ids)
{
    m_model->setCheckedIds(ids);
}

QHash<QString, QString> TechnicianPicker::names() const
{
    QHash<QString, QString> out;
    for (const Niagara::User &user : m_model->items())
        out.insert(user.id, DisplayText::userName(user));
    return out;
}

QString TechnicianPicker::summaryText() const
{
    return m_summary->text();
}

void TechnicianPicker::updateSummary()
{
    const QStringList ids = m_model->checkedIds();
    if (ids.isEmpty()) {
        m_summary->setText(tr("Nobody chosen. Tick the people to assign."));
        return;
    }
    QStringList names;
    for (const QString &id : ids)
        names << m_model->displayName(id);
    m_summary->setText(tr("%Ln chosen: %1", nullptr, static_cast<int>(ids.size())).arg(names.join(QStringLiteral(", "))));
}

} // namespace BatchDesk::Ui
