#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace scim {

// The undeclared extension attributes a connection's stored resources carry (GET …/undeclared-attributes,
// docs/schemas.md), one row each, with how many resources carry it, the type the engine inferred and a few example
// values; "Declare…" turns a row's inferred definition into a declared attribute.
class UndeclaredAttributesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AttributeColumn,
        SchemaColumn,
        ResourceTypeColumn,
        ResourcesColumn,
        TypeColumn,
        ExamplesColumn,
        ColumnCount
    };

    explicit UndeclaredAttributesModel(QObject *parent = nullptr);

    // The survey's answer: {scanned, attributes: [{resource_type, schema, schema_declared, attribute, path,
    // resources, definition, examples}]}.
    void setSurvey(const QJsonObject &survey);
    QJsonObject entry(int row) const { return m_entries.at(row).toObject(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QJsonArray m_entries;
};

} // namespace scim
