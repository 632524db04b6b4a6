#include "sync/AdminListLoader.h"

#include "models/JsonRowsModel.h"

#include <QJsonArray>
#include <QJsonObject>

AdminListLoader::AdminListLoader(ApiClient& client, JsonRowsModel& model, const QString& path,
                                 int pageSize, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_path(path)
    , m_pageSize(pageSize)
{
}

void AdminListLoader::load(const QUrlQuery& filters)
{
    m_filters = filters;
    reload();
}

void AdminListLoader::reload()
{
    stop();
    m_batchEnd = kBatchRows;
    fetch(1);
}

void AdminListLoader::loadMore()
{
    if (!m_hasMore || isBusy())
        return;
    m_batchEnd = m_model.rowCount() + kBatchRows;
    fetch(m_nextPage);
}

void AdminListLoader::stop()
{
    if (m_call.isNull())
        return;
    disconnect(m_call, nullptr, this, nullptr);
    m_call->abort();
    m_call = nullptr;
}

void AdminListLoader::fetch(int page)
{
    QUrlQuery query = m_filters;
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("page_size"), QString::number(m_pageSize));
    const bool wasBusy = isBusy();
    m_call = m_client.get(m_path, query);
    connect(m_call, &ApiCall::succeeded, this,
            [this, page](const QJsonDocument& answer) { received(page, answer); });
    connect(m_call, &ApiCall::failed, this, [this](const ApiFailure& failure) {
        m_call = nullptr;
        emit busyChanged(false);
        emit failed(failure.message());
    });
    if (!wasBusy)
        emit busyChanged(true);
}

void AdminListLoader::received(int page, const QJsonDocument& answer)
{
    m_call = nullptr;
    const QJsonObject list = answer.object();
    const QList<QJsonObject> rows =
        JsonRowsModel::objectsOf(list.value(QStringLiteral("results")).toArray());
    if (page == 1)
        m_model.setRows(rows);
    else
        m_model.appendRows(rows);
    m_nextPage = page + 1;
    m_hasMore = list.value(QStringLiteral("next")).isString();
    if (m_hasMore && m_model.rowCount() < m_batchEnd) {
        fetch(m_nextPage);
        return;
    }
    emit busyChanged(false);
    emit loaded(m_model.rowCount(), list.value(QStringLiteral("count")).toInt());
}
