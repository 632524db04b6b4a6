// The console's organizations list at 100,000 rows, timed step by step as staff meet it: the
// local cache written by a sync, the list opened from it, drawn in a table, searched, filtered
// by status and sorted.
//   ebm_bench_console [--rows N]   (QT_QPA_PLATFORM=offscreen when there is no display)
#include "cache/LocalCache.h"
#include "models/OrganizationFilter.h"
#include "models/OrganizationsModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>
#include <functional>

namespace
{

const char* const kStatuses[] = {"active",  "active",  "active",   "suspended",
                                 "pending", "expired", "cancelled"};

QList<OrganizationRow> organizations(int count)
{
    QList<OrganizationRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        OrganizationRow row;
        row.id = QStringLiteral("%1-0000-4000-8000-000000000000").arg(i, 8, 16, QLatin1Char('0'));
        row.name = QStringLiteral("Organization %1").arg((i * 7919) % count);
        row.status = QString::fromLatin1(kStatuses[i % 7]);
        row.planSlug = i % 3 == 0 ? QStringLiteral("silver") : QStringLiteral("bronze");
        row.planName = i % 3 == 0 ? QStringLiteral("Silver") : QStringLiteral("Bronze");
        row.billingCycle = i % 4 == 0 ? QStringLiteral("yearly") : QStringLiteral("monthly");
        row.subscriptionEnd =
            QStringLiteral("2027-%1-15T09:00:00Z").arg(1 + i % 12, 2, 10, QLatin1Char('0'));
        row.contactEmail = QStringLiteral("billing@org%1.example.com").arg(i);
        row.ownerEmail = QStringLiteral("owner@org%1.example.com").arg(i);
        row.memberCount = 1 + i % 9;
        row.updatedAt = QStringLiteral("2026-11-25T10:00:00Z");
        rows.append(row);
    }
    return rows;
}

double timed(const char* step, const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    std::printf("%-44s %9.1f ms\n", step, ms);
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication application(argc, argv);
    int count = 100'000;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--rows") == 0)
            count = std::atoi(argv[i + 1]);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    const QList<OrganizationRow> rows = organizations(count);
    std::printf("%d organizations\n", count);
    timed("sync: store every row in the local cache", [&] {
        LocalCache cache(path);
        for (qsizetype start = 0; start < rows.size(); start += 1000)
            cache.storeOrganizations(rows.mid(start, 1000));
    });

    OrganizationsModel model;
    OrganizationFilter filter;
    QTableView view;
    view.resize(1200, 700);
    view.verticalHeader()->hide();
    OrganizationsModel::Entries entries;
    timed("open: read the cache (worker thread)",
          [&] { entries = OrganizationsModel::prepare(LocalCache::readOrganizations(path)); });
    timed("open: hand the rows to the model", [&] { model.setEntries(std::move(entries)); });
    timed("show: sorted table drawn", [&] {
        filter.setSourceModel(&model);
        view.setModel(&filter);
        view.setSortingEnabled(true);
        view.sortByColumn(OrganizationsModel::Name, Qt::AscendingOrder);
        view.show();
        QApplication::processEvents();
        view.grab();
    });
    timed("search \"org4242\" (name, emails, id)", [&] {
        filter.setSearchText(QStringLiteral("org4242"));
        view.grab();
    });
    std::printf("%-44s %9d rows\n", "  matches", static_cast<int>(filter.rowCount()));
    timed("clear the search", [&] {
        filter.setSearchText(QString());
        view.grab();
    });
    timed("status filter: suspended", [&] {
        filter.setStatus(QStringLiteral("suspended"));
        view.grab();
    });
    std::printf("%-44s %9d rows\n", "  matches", static_cast<int>(filter.rowCount()));
    filter.setStatus(QString());
    timed("sort by paid-until, descending", [&] {
        view.sortByColumn(OrganizationsModel::PaidUntil, Qt::DescendingOrder);
        view.grab();
    });
    timed("sort by name, ascending", [&] {
        view.sortByColumn(OrganizationsModel::Name, Qt::AscendingOrder);
        view.grab();
    });
    QList<OrganizationRow> changed = rows.mid(count / 2, std::min(count / 2, 1000));
    for (OrganizationRow& row : changed)
        row.status = QStringLiteral("suspended");
    timed("sync: apply a page of 1,000 changed rows", [&] {
        model.upsert(changed);
        view.grab();
    });
    return 0;
}
