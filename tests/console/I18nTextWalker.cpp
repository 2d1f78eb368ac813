#include "I18nTextWalker.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTreeView>
#include <QWizardPage>

using namespace Qt::StringLiterals;

namespace {

QString plain(const QString &text)
{
    QString out = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    // Mnemonic markers are not text; "&&" is a literal ampersand.
    out.replace(u"&&"_s, u"\x01"_s);
    out.remove(u'&');
    out.replace(u'\x01', u'&');
    return out;
}

QString nameOf(const QObject *object)
{
    QString name = QString::fromLatin1(object->metaObject()->className());
    if (!object->objectName().isEmpty())
        name += u'#' + object->objectName();
    return name;
}

bool insideFileDialog(const QWidget *widget)
{
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (qobject_cast<const QFileDialog *>(w))
            return true;
    }
    return false;
}

void add(QList<I18nTextWalker::Text> &out, const QObject *object, const char *what, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    out.append({nameOf(object) + u": "_s + QString::fromLatin1(what), plain(text)});
}

void addView(QList<I18nTextWalker::Text> &out, const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const QHeaderView *header = nullptr;
    if (auto *table = qobject_cast<const QTableView *>(view))
        header = table->horizontalHeader();
    else if (auto *tree = qobject_cast<const QTreeView *>(view))
        header = tree->header();
    if (header && !header->isHidden()) {
        for (int column = 0; column < model->columnCount(); ++column) {
            add(out, view, "header", model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
            add(out, view, "header tooltip", model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
        }
    }
    std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent, int depth) {
        const int rows = qMin(model->rowCount(parent), 200);
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                add(out, view, "cell", index.data(Qt::DisplayRole).toString());
                add(out, view, "cell tooltip", index.data(Qt::ToolTipRole).toString());
            }
            if (depth < 3 && model->hasChildren(model->index(row, 0, parent)))
                walk(model->index(row, 0, parent), depth + 1);
        }
    };
    walk({}, 0);
}

void addAction(QList<I18nTextWalker::Text> &out, const QAction *action)
{
    if (action->isSeparator())
        return;
    add(out, action, "text", action->text());
    if (action->toolTip() != plain(action->text()))
        add(out, action, "tooltip", action->toolTip());
    add(out, action, "status tip", action->statusTip());
    add(out, action, "what's this", action->whatsThis());
}

} // namespace

QChar I18nTextWalker::mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QList<I18nTextWalker::Text> I18nTextWalker::texts(QWidget *window)
{
    QList<Text> out;
    add(out, window, "window title", window->windowTitle());
    QList<QWidget *> widgets{window};
    widgets += window->findChildren<QWidget *>();
    for (QWidget *widget : std::as_const(widgets)) {
        if (insideFileDialog(widget))
            continue;
        add(out, widget, "tooltip", widget->toolTip());
        add(out, widget, "what's this", widget->whatsThis());
        add(out, widget, "status tip", widget->statusTip());
        add(out, widget, "accessible name", widget->accessibleName());
        add(out, widget, "accessible description", widget->accessibleDescription());
        if (widget != window && (widget->isWindow() || qobject_cast<QDockWidget *>(widget)))
            add(out, widget, "window title", widget->windowTitle());
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(out, label, "text", label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(out, button, "text", button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            add(out, group, "title", group->title());
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            add(out, edit, "placeholder", edit->placeholderText());
        else if (auto *plainEdit = qobject_cast<QPlainTextEdit *>(widget))
            add(out, plainEdit, "placeholder", plainEdit->placeholderText());
        else if (auto *textEdit = qobject_cast<QTextEdit *>(widget))
            add(out, textEdit, "placeholder", textEdit->placeholderText());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(out, tabs, "tab", tabs->tabText(i));
                add(out, tabs, "tab tooltip", tabs->tabToolTip(i));
            }
        } else if (auto *page = qobject_cast<QWizardPage *>(widget)) {
            add(out, page, "title", page->title());
            add(out, page, "subtitle", page->subTitle());
        } else if (auto *menu = qobject_cast<QMenu *>(widget)) {
            add(out, menu, "title", menu->title());
        }
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            add(out, combo, "placeholder", combo->placeholderText());
            for (int i = 0; i < combo->count(); ++i) {
                add(out, combo, "item", combo->itemText(i));
                add(out, combo, "item tooltip", combo->itemData(i, Qt::ToolTipRole).toString());
            }
        }
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
            add(out, spin, "special value", spin->specialValueText());
        if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
            add(out, spin, "prefix", spin->prefix());
            add(out, spin, "suffix", spin->suffix());
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(widget);
            view && !qobject_cast<QHeaderView *>(widget) && !qobject_cast<QComboBox *>(widget->parent()))
            addView(out, view);
    }
    for (QAction *action : window->findChildren<QAction *>())
        addAction(out, action);
    return out;
}

QList<std::pair<QChar, QString>> I18nTextWalker::mnemonics(QWidget *window)
{
    QList<std::pair<QChar, QString>> keys;
    auto take = [&](const QString &text, const QObject *object) {
        const QChar key = mnemonicOf(text);
        if (!key.isNull())
            keys.append({key, nameOf(object) + u" \""_s + text + u'"'});
    };
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *action : main->menuBar()->actions())
            take(action->text(), action);
    }
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->window() != window || !widget->isVisibleTo(window) || insideFileDialog(widget) ||
            qobject_cast<QMenuBar *>(widget->parentWidget()))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            take(button->text(), button);
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            take(label->text(), label);
        else if (auto *group = qobject_cast<QGroupBox *>(widget); group && group->isCheckable())
            take(group->title(), group);
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                take(tabs->tabText(i), tabs);
        }
    }
    return keys;
}
