#pragma once

// The right-hand side of the board: everything the store knows about the selected batch (its
// work order, project, program, customer, location, queue, cycles per workflow, technicians)
// and its relations, fetched from the server when the selection changes. For a queue or work
// order row it shows the group's summary from the model's roles.
//
// Presentation only: it reads BatchStore and the model, asks NiagaraClient for relations, and
// decides nothing.

#include "client/niagaraclient.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

class QLabel;
class QScrollArea;
class QTimer;
class QVBoxLayout;
class QFormLayout;

namespace BatchDesk {
class BatchStore;
}

namespace BatchDesk::Ui {

class BatchDetailPane final : public QWidget
{
    Q_OBJECT

public:
    enum class RelationsState { Idle, Loading, Loaded, Failed };

    BatchDetailPane(BatchStore *store, Niagara::NiagaraClient *client, QWidget *parent = nullptr);
    ~BatchDetailPane() override;

    void showBatch(const QString &batchId);
    // A queue or work-order row of any model over BatchTreeModel.
    void showGroup(const QModelIndex &index);
    void clear();

    QString batchId() const { return m_batchId; }
    RelationsState relationsState() const { return m_relationsState; }
    // The text of a value label by its field name ("workOrder.label", "customer.label",
    // "location.address", ...); empty when the field is not shown. For tests and accessibility.
    QString fieldText(const QString &field) const;

Q_SIGNALS:
    // The relations of the shown batch have arrived or failed (not emitted when cancelled).
    void relationsSettled();

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRender();
    void render();
    void renderBatch(QVBoxLayout *layout);
    void renderGroup(QVBoxLayout *layout);
    void renderEmpty(QVBoxLayout *layout, const QString &text);
    void loadRelations();
    void cancelRelations();

    QFormLayout *addSection(QVBoxLayout *layout, const QString &title);
    QLabel *addField(QFormLayout *form, const QString &field, const QString &caption, const QString &value);

    QPointer<BatchStore> m_store;
    QPointer<Niagara::NiagaraClient> m_client;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QTimer *m_renderTimer = nullptr;

    QString m_batchId;
    bool m_batchGone = false; // the shown batch was deleted on the server
    QPersistentModelIndex m_group;

    RelationsState m_relationsState = RelationsState::Idle;
    QList<Niagara::Relation> m_relations;
    qint64 m_relationsTotal = 0;
    QString m_relationsError;
    Niagara::RequestId m_relationsRequest = 0;
    quint64 m_relationsGeneration = 0;
};

} // namespace BatchDesk::Ui
