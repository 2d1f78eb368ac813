#include "views/schemas/DeclareAttributesDialog.h"

#include "models/api/ManagementClient.h"
#include "models/schemas/UndeclaredAttributesModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace scim {

DeclareAttributesDialog::DeclareAttributesDialog(ManagementClient *client, const QString &connectionId, QWidget *parent)
    : QDialog(parent)
    , m_model(new UndeclaredAttributesModel(this))
    , m_table(new QTableView)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("declareAttributesDialog"));
    setWindowTitle(tr("Declare seen attributes"));
    resize(820, 420);
    auto *intro = new QLabel(tr("Attributes under extension URNs that IdPs sent and no schema of this connection "
                                "declares. Declare one to add it, with the type inferred from its values, to its "
                                "schema; check it, then save the schema."));
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("undeclaredAttributes"));
    m_table->setAccessibleName(tr("Undeclared attributes"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("undeclaredStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Looking for undeclared attributes…"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_declare = buttons->addButton(tr("&Declare"), QDialogButtonBox::AcceptRole);
    m_declare->setObjectName(QStringLiteral("declareAttribute"));
    m_declare->setToolTip(tr("Add the chosen attribute to its schema in the editor"));
    m_declare->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_declare->setEnabled(!chosen().isEmpty()); });
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] {
        if (!chosen().isEmpty())
            accept();
    });
    client->getUndeclaredAttributes(connectionId, this, [this](const ApiResult &result) {
        m_loaded = true;
        if (!result.ok()) {
            m_status->setText(result.describe(tr("Could not survey the connection's resources: %1.")));
        } else {
            m_model->setSurvey(result.object());
            const QJsonObject scanned = result.object().value(QStringLiteral("scanned")).toObject();
            const int resources =
                scanned.value(QStringLiteral("User")).toInt() + scanned.value(QStringLiteral("Group")).toInt();
            //: %n: the number of undeclared attributes found, %1: the number of users and groups looked at
            m_status->setText(
                tr("%n undeclared attribute(s) found in %1 stored users and groups.", nullptr, m_model->rowCount())
                    .arg(resources));
            m_table->resizeColumnsToContents();
            if (m_model->rowCount() > 0)
                m_table->selectRow(0);
        }
        Q_EMIT loaded();
    });
}

QJsonObject DeclareAttributesDialog::chosen() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QJsonObject() : m_model->entry(rows.first().row());
}

} // namespace scim
