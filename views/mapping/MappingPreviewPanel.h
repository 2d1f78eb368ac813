#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace scim {

class ToneLabel;

class MappingPreview;

// The live preview: a sample SCIM payload (built-in Okta or Entra ID, or pasted / opened JSON) beside the profile
// the edited map produces from it, and the attributes the map leaves out.
class MappingPreviewPanel : public QWidget
{
    Q_OBJECT

public:
    enum Sample
    {
        OktaSample,
        EntraSample,
        CustomSample
    };

    explicit MappingPreviewPanel(MappingPreview *preview, QWidget *parent = nullptr);

    void setSample(Sample sample);
    // Loads a payload from a file (the Open… button's dialog ends here).
    bool openPayload(const QString &path);

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void showPreview();

    MappingPreview *m_preview;
    QComboBox *m_sample;
    QPushButton *m_open;
    QPlainTextEdit *m_payload;
    QPlainTextEdit *m_profile;
    QListWidget *m_unmapped;
    ToneLabel *m_error;
    QTimer *m_parseDelay;
    bool m_settingText = false;
};

} // namespace scim
