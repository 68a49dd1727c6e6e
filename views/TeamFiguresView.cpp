#include "TeamFiguresView.h"

#include "CaseService.h"
#include "Clock.h"
#include "Database.h"
#include "LocaleDateEdit.h"
#include "PlainMessageBox.h"
#include "ReportConsistency.h"
#include "ReportContext.h"
#include "ReportSections.h"
#include "ReportSummary.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

TeamChartsWidget::TeamChartsWidget(QWidget* parent)
    : QWidget(parent)
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void TeamChartsWidget::setCharts(const QList<ReportChart>& charts)
{
    m_charts = charts;
    setMinimumHeight(chartsHeight());
    updateGeometry();
    update();
}

int TeamChartsWidget::chartsHeight() const
{
    const qreal line = fontMetrics().height();
    qreal height = line;
    for (const ReportChart& chart : m_charts)
        height += ReportChart::height(line, int(chart.bars().size())) + line;
    return int(height);
}

QSize TeamChartsWidget::sizeHint() const
{
    return QSize(640, chartsHeight());
}

void TeamChartsWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    setMinimumHeight(chartsHeight());
}

void TeamChartsWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font());
    const qreal line = fontMetrics().height();
    qreal y = line;
    for (const ReportChart& chart : std::as_const(m_charts)) {
        const qreal h = ReportChart::height(line, int(chart.bars().size()));
        chart.paint(&painter, QRectF(line, y, width() - 2 * line, h));
        y += h + line;
    }
}

TeamFiguresView::TeamFiguresView(CaseService& service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_from(new LocaleDateEdit(service.clock().now().toUTC().date().addDays(-29), this))
    , m_to(new LocaleDateEdit(service.clock().now().toUTC().date(), this))
    , m_table(new QTreeWidget(this))
    , m_cases(new QListWidget(this))
    , m_casesTitle(new QLabel(this))
    , m_charts(new TeamChartsWidget(this))
{
    setObjectName(QStringLiteral("teamFiguresView"));
    setWindowTitle(tr("Consistency and charts"));
    auto* show = new QPushButton(tr("&Show"), this);
    auto* period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("Decided from"), this));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addWidget(show);
    period->addStretch(1);

    m_table->setHeaderLabels(ReportConsistency::headers());
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_casesTitle->setWordWrap(true);
    m_casesTitle->setText(tr("Select a line to list its cases; open one with a double click."));
    auto* casesPane = new QWidget(this);
    auto* casesLayout = new QVBoxLayout(casesPane);
    casesLayout->setContentsMargins(0, 0, 0, 0);
    casesLayout->addWidget(m_casesTitle);
    casesLayout->addWidget(m_cases, 1);
    auto* split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(casesPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_charts);
    scroll->setWidgetResizable(true);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(split, tr("Consistency across agents"));
    tabs->addTab(scroll, tr("Charts"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    connect(show, &QPushButton::clicked, this, &TeamFiguresView::load);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_cases->clear();
        if (!item)
            return;
        // The overrides behind the line's numbers, then its other cases.
        const QStringList overrides = item->data(0, Qt::UserRole).toStringList();
        const QStringList all = item->data(0, Qt::UserRole + 1).toStringList();
        m_casesTitle->setText(tr("Cases of %1 on %2: overrides first").arg(item->text(1), item->text(0)));
        const auto add = [this](const QString& text, const QString& id) {
            auto* entry = new QListWidgetItem(text, m_cases);
            entry->setData(Qt::UserRole, id);
        };
        for (const QString& id : overrides)
            add(tr("%1 (override)").arg(id), id);
        for (const QString& id : all)
            if (!overrides.contains(id))
                add(id, id);
    });
    connect(m_cases, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { emit openCaseRequested(item->data(Qt::UserRole).toString()); });
    resize(1100, 720);
    load();
}

const QList<ReportChart>& TeamFiguresView::charts() const
{
    return m_charts->charts();
}

void TeamFiguresView::load()
{
    ReportOptions options;
    options.from = m_from->date();
    options.to = m_to->date();
    ReportSummary summary;
    ReportConsistency consistency;
    QString error;
    if (!ReportConsistency::load(m_service.database().connection(), options, &summary, &consistency, &error)) {
        PlainMessageBox::warning(
            this, tr("Figures not read"), tr("The decisions of the period could not be read: %1").arg(error));
        return;
    }
    ReportContext context;
    context.options = options;
    context.locale = QLocale();
    context.summary = &summary;
    context.consistency = &consistency;
    m_table->clear();
    m_cases->clear();
    for (const ReportConsistency::Line& line : consistency.lines()) {
        auto* item = new QTreeWidgetItem(m_table, ReportConsistency::cells(context.locale, line));
        item->setData(0, Qt::UserRole, line.overrideCases);
        item->setData(0, Qt::UserRole + 1, line.allCases);
        if (line.isOutlier()) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int column = 0; column < m_table->columnCount(); ++column)
                item->setFont(column, bold);
        }
    }
    m_charts->setCharts(ReportSections::charts(context));
}
