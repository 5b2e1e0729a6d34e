// Evidence documents attached to answers. Each is one transaction with its audit row, like an
// answer: it is in the file, with its SHA-256, the moment the call returns, or not at all.
#include <algorithm>
#include <filesystem>

#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include "c5/questionnaire/assessment_store.h"
#include "c5/questionnaire/clock.h"
#include "c5/questionnaire/digest.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/text_util.h"
#include "store/store_impl.h"

namespace c5::questionnaire {
using Json = nlohmann::json;
using namespace detail;

namespace {

struct Kind {
    const char* extension;
    const char* media_type;
};
constexpr Kind kKinds[] = {
    {".pdf", "application/pdf"},
    {".png", "image/png"},
    {".jpg", "image/jpeg"},
    {".jpeg", "image/jpeg"},
    {".gif", "image/gif"},
    {".tif", "image/tiff"},
    {".tiff", "image/tiff"},
    {".webp", "image/webp"},
    {".doc", "application/msword"},
    {".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    {".xls", "application/vnd.ms-excel"},
    {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    {".ppt", "application/vnd.ms-powerpoint"},
    {".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
    {".odt", "application/vnd.oasis.opendocument.text"},
    {".ods", "application/vnd.oasis.opendocument.spreadsheet"},
    {".odp", "application/vnd.oasis.opendocument.presentation"},
    {".rtf", "application/rtf"},
    {".txt", "text/plain"},
    {".csv", "text/csv"},
};

std::string MegaBytes(std::size_t bytes) { return fmt::format("{:.1f} MB", static_cast<double>(bytes) / 1e6); }
// The limits are whole mebibytes.
std::string Limit(std::size_t bytes) { return fmt::format("{} MiB", bytes / (1024 * 1024)); }

// The file name without folders (either separator: a name may come from another system).
std::string BareName(std::string_view name) {
    const auto slash = name.find_last_of("/\\");
    return std::string(Trim(slash == std::string_view::npos ? name : name.substr(slash + 1)));
}

Attachment ReadAttachmentRow(SQLite::Statement& row) {
    return {row.getColumn(0).getInt64(),  row.getColumn(1).getInt64(),  row.getColumn(2).getString(),
            row.getColumn(3).getString(), row.getColumn(4).getString(), row.getColumn(5).getInt64(),
            row.getColumn(6).getString(), row.getColumn(7).getString()};
}

constexpr const char* kAttachmentColumns = "id, respondent_id, question_id, name, media_type, size, sha256, added_at";

}  // namespace

namespace detail {

Json AttachmentState(const Attachment& attachment) {
    return Json{{"name", attachment.name},
                {"media_type", attachment.media_type},
                {"size", attachment.size},
                {"sha256", attachment.sha256}};
}

long long InsertAttachment(SQLite::Database& db, const Attachment& attachment, std::string_view content) {
    SQLite::Statement insert(db, "INSERT INTO attachment(respondent_id, question_id, name, media_type, size, sha256, "
                                 "content, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, static_cast<int64_t>(attachment.respondent_id));
    insert.bind(2, attachment.question_id);
    insert.bind(3, attachment.name);
    insert.bind(4, attachment.media_type);
    insert.bind(5, static_cast<int64_t>(attachment.size));
    insert.bind(6, attachment.sha256);
    insert.bindNoCopy(7, content.data(), static_cast<int>(content.size()));
    insert.bind(8, attachment.added_at);
    insert.exec();
    return db.getLastInsertRowid();
}

std::string CheckAttachment(const Attachment& attachment, std::string_view content) {
    const auto known = std::find_if(std::begin(kKinds), std::end(kKinds), [&](const Kind& kind) {
        return ToLowerAscii(PathFromUtf8(attachment.name).extension().string()) == kind.extension;
    });
    if (known == std::end(kKinds) || BareName(attachment.name) != attachment.name || attachment.name.empty())
        return fmt::format("the attached document {} is not of a kind the kit attaches", Quote(attachment.name));
    if (content.empty() || content.size() > kMaxAttachmentBytes ||
        static_cast<long long>(content.size()) != attachment.size)
        return fmt::format("the attached document {} has a size the kit does not accept", Quote(attachment.name));
    if (Sha256Hex(content) != attachment.sha256)
        return fmt::format("the attached document {} does not match its SHA-256", Quote(attachment.name));
    return {};
}

}  // namespace detail

const std::vector<std::string>& AttachableExtensions() {
    static const std::vector<std::string> extensions = [] {
        std::vector<std::string> list;
        for (const auto& kind : kKinds) list.emplace_back(kind.extension);
        return list;
    }();
    return extensions;
}

Attachment AssessmentStore::Attach(long long respondent_id, std::string_view question_id, std::string_view name,
                                   std::string_view content) {
    m_impl->RequireWritable();
    const Question* question = m_impl->instrument.FindQuestion(Trim(question_id));
    if (!question) throw QuestionnaireError(fmt::format("no question {} in the instrument", Quote(question_id)));
    const std::string bare = CheckedName(BareName(name), "document's name");
    const std::string extension = ToLowerAscii(PathFromUtf8(bare).extension().string());
    const auto kind = std::find_if(std::begin(kKinds), std::end(kKinds),
                                   [&](const Kind& k) { return extension == k.extension; });
    if (kind == std::end(kKinds))
        throw QuestionnaireError(fmt::format("{}: a document of this kind cannot be attached; attach a PDF, an "
                                             "image, an office or OpenDocument file, plain text or CSV ({})",
                                             bare, fmt::join(AttachableExtensions(), " ")));
    if (content.empty()) throw QuestionnaireError(fmt::format("{}: the file is empty; nothing was attached", bare));
    if (content.size() > kMaxAttachmentBytes)
        throw QuestionnaireError(fmt::format("{} is {}; a document attached to an answer may be at most {} — attach "
                                             "the relevant pages, or give its reference under links",
                                             bare, MegaBytes(content.size()), Limit(kMaxAttachmentBytes)));
    try {
        m_impl->RequireKitRespondent(respondent_id);
        SQLite::Transaction transaction(*m_impl->db);
        const std::string sha256 = Sha256Hex(content);
        SQLite::Statement same(*m_impl->db, fmt::format("SELECT {} FROM attachment WHERE respondent_id = ? AND "
                                                        "question_id = ? AND sha256 = ?",
                                                        kAttachmentColumns));
        same.bind(1, static_cast<int64_t>(respondent_id));
        same.bind(2, question->id);
        same.bind(3, sha256);
        if (same.executeStep()) return ReadAttachmentRow(same);  // the same document is there already
        const auto total = static_cast<std::size_t>(
            m_impl->db->execAndGet("SELECT coalesce(sum(size), 0) FROM attachment").getInt64());
        if (total + content.size() > kMaxAttachmentsTotalBytes)
            throw QuestionnaireError(fmt::format("{} ({}) would take the assessment's attached documents to {}; they "
                                                 "may take at most {} — remove one first, or give references under "
                                                 "links",
                                                 bare, MegaBytes(content.size()), MegaBytes(total + content.size()),
                                                 Limit(kMaxAttachmentsTotalBytes)));
        Attachment attachment{0, respondent_id, question->id, bare, kind->media_type,
                              static_cast<long long>(content.size()), sha256, NowUtc()};
        attachment.id = InsertAttachment(*m_impl->db, attachment, content);
        m_impl->Audit("attachment.add", fmt::format("{} / {}", m_impl->RespondentName(respondent_id), question->id),
                      std::nullopt, AttachmentState(attachment), attachment.added_at);
        m_impl->Commit(transaction);  // in a kit, renews its seal with the document
        return attachment;
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "attach the document");
    }
}

bool AssessmentStore::RemoveAttachment(long long attachment_id) {
    m_impl->RequireWritable();
    try {
        SQLite::Transaction transaction(*m_impl->db);
        SQLite::Statement query(*m_impl->db, fmt::format("SELECT {} FROM attachment WHERE id = ?", kAttachmentColumns));
        query.bind(1, static_cast<int64_t>(attachment_id));
        if (!query.executeStep()) return false;
        const Attachment removed = ReadAttachmentRow(query);
        m_impl->RequireKitRespondent(removed.respondent_id);
        SQLite::Statement remove(*m_impl->db, "DELETE FROM attachment WHERE id = ?");
        remove.bind(1, static_cast<int64_t>(attachment_id));
        remove.exec();
        m_impl->Audit("attachment.remove",
                      fmt::format("{} / {}", m_impl->RespondentName(removed.respondent_id), removed.question_id),
                      AttachmentState(removed), std::nullopt, NowUtc());
        m_impl->Commit(transaction);  // in a kit, renews its seal with the document
        return true;
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "remove the document");
    }
}

std::vector<Attachment> AssessmentStore::Attachments() const {
    try {
        std::vector<Attachment> attachments;
        SQLite::Statement query(*m_impl->db, fmt::format("SELECT {} FROM attachment ORDER BY respondent_id, "
                                                         "question_id, id",
                                                         kAttachmentColumns));
        while (query.executeStep()) attachments.push_back(ReadAttachmentRow(query));
        return attachments;
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "read the attached documents");
    }
}

std::string AssessmentStore::AttachmentContent(long long attachment_id) const {
    try {
        SQLite::Statement query(*m_impl->db, "SELECT name, sha256, content FROM attachment WHERE id = ?");
        query.bind(1, static_cast<int64_t>(attachment_id));
        if (!query.executeStep())
            throw QuestionnaireError(fmt::format("{}: no attached document {}", m_impl->path.string(), attachment_id));
        const SQLite::Column content = query.getColumn(2);
        std::string bytes(static_cast<const char*>(content.getBlob()), static_cast<std::size_t>(content.getBytes()));
        if (Sha256Hex(bytes) != query.getColumn(1).getString())
            throw QuestionnaireError(fmt::format("{}: the file is damaged: the attached document {} does not match its "
                                                 "SHA-256",
                                                 m_impl->path.string(), Quote(query.getColumn(0).getString())));
        return bytes;
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "read the attached document");
    }
}

}  // namespace c5::questionnaire
