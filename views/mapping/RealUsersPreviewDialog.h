#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace scim {

class ManagementClient;
class RealUsersPreview;

// "Preview on real users" of the attribute-map editor: what the edited, unsaved map would do to the profiles of
// the connection's stored users (all, or a sample), with progress, the attributes that appear, disappear or
// change with their counts, and a few users' profiles before and after. Nothing is saved.
class RealUsersPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    RealUsersPreviewDialog(ManagementClient *client, const QString &connectionId, const QString &connectionName,
                           const QJsonObject &mappingFile, QWidget *parent = nullptr);

    RealUsersPreview *preview() const { return m_preview; }

public Q_SLOTS:
    void run();

private:
    void showResult();
    void showFailure(const QString &message);

    RealUsersPreview *m_preview;
    QString m_connectionId;
    QJsonObject m_mappingFile;
    QSpinBox *m_sampleSize;
    QPushButton *m_run;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QLabel *m_error;
    QTableWidget *m_attributes;
    QPlainTextEdit *m_examples;
};

} // namespace scim
