#include "models/schemas/SchemaCommands.h"

#include "models/schemas/SchemaAttributesModel.h"

#include <QCoreApplication>

namespace scim {

namespace {

QString nameOf(const QJsonObject &attribute)
{
    return attribute.value(QStringLiteral("name")).toString();
}

} // namespace

AddSchemaAttributeCommand::AddSchemaAttributeCommand(SchemaAttributesModel *model, int parentRow, int row,
                                                     const QJsonObject &attribute)
    : QUndoCommand(QCoreApplication::translate("SchemaCommands", "Add attribute %1").arg(nameOf(attribute)))
    , m_model(model)
    , m_parentRow(parentRow)
    , m_row(row)
    , m_attribute(attribute)
{}

void AddSchemaAttributeCommand::redo()
{
    m_model->insertAttributeAt(m_parentRow, m_row, m_attribute);
}

void AddSchemaAttributeCommand::undo()
{
    m_model->takeAttributeAt(m_parentRow, m_row);
}

RemoveSchemaAttributeCommand::RemoveSchemaAttributeCommand(SchemaAttributesModel *model, int parentRow, int row)
    : QUndoCommand(QCoreApplication::translate("SchemaCommands", "Remove attribute %1")
                       .arg(nameOf(model->attributeAt(parentRow, row))))
    , m_model(model)
    , m_parentRow(parentRow)
    , m_row(row)
    , m_attribute(model->attributeAt(parentRow, row))
{}

void RemoveSchemaAttributeCommand::redo()
{
    m_model->takeAttributeAt(m_parentRow, m_row);
}

void RemoveSchemaAttributeCommand::undo()
{
    m_model->insertAttributeAt(m_parentRow, m_row, m_attribute);
}

SetCharacteristicCommand::SetCharacteristicCommand(SchemaAttributesModel *model, int parentRow, int row,
                                                   const QString &key, const QJsonValue &value)
    //: %1: a characteristic such as caseExact, %2: the attribute's name
    : QUndoCommand(QCoreApplication::translate("SchemaCommands", "Change %1 of %2")
                       .arg(key, nameOf(model->attributeAt(parentRow, row))))
    , m_model(model)
    , m_parentRow(parentRow)
    , m_row(row)
    , m_key(key)
    , m_before(model->attributeAt(parentRow, row).value(key))
    , m_after(value)
{}

void SetCharacteristicCommand::redo()
{
    m_model->setCharacteristic(m_parentRow, m_row, m_key, m_after);
}

void SetCharacteristicCommand::undo()
{
    m_model->setCharacteristic(m_parentRow, m_row, m_key, m_before);
}

} // namespace scim
