#pragma once

// The right-hand side of the board: everything the store knows about the selected batch (its
// work order, project, program, customer, location, queue, cycles per workflow, technicians)
// and its relations, fetched from the server when the selection changes. For a queue or work
// order row it shows the group's summary from the model's roles.
//
// Presentation only: it reads BatchStore and the model, shows BatchRelationsModel for the
// relations (with its states: loading, failed, no access, gone), and decides nothing.

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
class BatchRelationsModel;
} // namespace BatchDesk

namespace BatchDesk::Ui {

class BatchDetailPane final : public QWidget
{
    Q_OBJECT

public:
    // NoAccess: the server refused (403); Gone: the batch no longer exists (404).
    enum class RelationsState { Idle, Loading, Loaded, Failed, NoAccess, Gone };

    // `relations` is the model the pane shows and drives (setBatch); not owned.
    BatchDetailPane(BatchStore *store, BatchRelationsModel *relations, QWidget *parent = nullptr);
    ~BatchDetailPane() override;

    void showBatch(const QString &batchId);
    // A queue or work-order row of any model over BatchTreeModel.
    void showGroup(const QModelIndex &index);
    void clear();
    // Another relations model (or none); the shown batch's relations are asked of it.
    void setRelationsModel(BatchRelationsModel *relations);

    QString batchId() const { return m_batchId; }
    RelationsState relationsState() const;
    BatchRelationsModel *relationsModel() const { return m_relationsAlive ? m_relations : nullptr; }
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
    void cancelRelations();
    void watchRelations();

    QFormLayout *addSection(QVBoxLayout *layout, const QString &title);
    QLabel *addField(QFormLayout *form, const QString &field, const QString &caption, const QString &value);

    QPointer<BatchStore> m_store;
    // The model (a QPointer needs the complete type, which this header does not include).
    BatchRelationsModel *m_relations = nullptr;
    QPointer<QObject> m_relationsAlive;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QTimer *m_renderTimer = nullptr;

    QString m_batchId;
    bool m_batchGone = false; // the shown batch was deleted on the server
    QPersistentModelIndex m_group;
};

} // namespace BatchDesk::Ui
