#pragma once

#include "net/ApiClient.h"

#include <QObject>
#include <QPointer>
#include <QUrlQuery>

class JsonRowsModel;

// Loads one staff list (GET /api/admin/<path>/ with filters) into its model: the first pages up
// to kBatchRows rows, then more on request; a newer load replaces one still running.
class AdminListLoader final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kBatchRows = 1000;

    // `pageSize`: what the endpoint accepts (100 for most lists, 1000 for the audit log).
    AdminListLoader(ApiClient& client, JsonRowsModel& model, const QString& path, int pageSize,
                    QObject* parent = nullptr);

    QUrlQuery filters() const
    {
        return m_filters;
    }
    bool hasMore() const
    {
        return m_hasMore;
    }
    bool isBusy() const
    {
        return !m_call.isNull();
    }

public slots:
    // Replaces the rows with the first pages matching `filters`.
    void load(const QUrlQuery& filters);
    // The same filters again.
    void reload();
    // The next batch after the rows already shown.
    void loadMore();

signals:
    // `count` rows shown of the `total` the server counts.
    void loaded(int count, int total);
    void failed(const QString& message);
    void busyChanged(bool busy);

private:
    void fetch(int page);
    void received(int page, const QJsonDocument& answer);
    void stop();

    ApiClient& m_client;
    JsonRowsModel& m_model;
    QString m_path;
    int m_pageSize;
    QUrlQuery m_filters;
    QPointer<ApiCall> m_call;
    int m_nextPage = 1;
    int m_batchEnd = 0;
    bool m_hasMore = false;
};
