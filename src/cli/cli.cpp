#include "cli/cli.hpp"
#include "office/common/documents.hpp"
#include "office/common/warm_office.hpp"

#include <com/sun/star/frame/Desktop.hpp>

#include <algorithm>
#include <cctype>
#include <iostream>

namespace vnplan::cli {

void complain(const Context& context, const Message& message) {
    std::cerr << "vnplan: " << message.in(context.lang) << '\n';
}

namespace {
std::unique_ptr<office::OfficeProcess> running; // this command's own office
std::unique_ptr<office::warm::Use> warm;        // or the warm one (vnplan office start)
office::OfficeProcess* current = nullptr;
} // namespace

void stop_office() noexcept {
    current = nullptr;
    warm.reset(); // closes what the command left open; the warm office keeps running
    running.reset();
}

office::OfficeProcess& office(const Context& context) {
    if (!current) {
        warm = office::warm::Use::acquire(
            context.soffice, [&](const Message& notice) { complain(context, notice); });
        if (warm) {
            current = &warm->office();
        } else {
            office::OfficeOptions options;
            options.soffice = context.soffice;
            running = office::OfficeProcess::start(options);
            current = running.get();
        }
    }
    return *current;
}

bool office_lost() noexcept {
    return current && !current->responds();
}

Message office_failure(const std::string& what) {
    if (office_lost())
        return {"LibreOffice đã dừng đột ngột (bị tắt hoặc bị lỗi) khi vnplan đang làm việc; "
                "lệnh chưa xong, không để lại tệp ghi dở. Hãy chạy lại lệnh.",
                "LibreOffice stopped unexpectedly (killed or crashed) while vnplan was working; "
                "the command did not finish and left no half-written file. Run it again."};
    return {"Lỗi của LibreOffice: " + what, "LibreOffice error: " + what};
}

Workbook::Workbook(const Context& context, const std::filesystem::path& file, bool read_only)
    : Workbook(office(context).context(), file, read_only) {}

Workbook::Workbook(
    const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& office,
    const std::filesystem::path& file, bool read_only)
    : document(
          office::load_document(com::sun::star::frame::Desktop::create(office), file, read_only)),
      spreadsheet(document, com::sun::star::uno::UNO_QUERY) {
    if (!spreadsheet.is()) {
        office::close_document(document);
        throw InputError(
            {file.string() + " không phải là sổ tính.", file.string() + " is not a spreadsheet."});
    }
}

Workbook::~Workbook() {
    office::close_document(document);
}

std::string spreadsheet_filter(const std::filesystem::path& file) {
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext == ".ods") return "calc8";
    if (ext == ".xlsx") return "Calc MS Excel 2007 XML"; // what Excel 2007-365 opens
    if (ext == ".xls") return "MS Excel 97";
    return "";
}

void parse_arguments(const std::vector<std::string>& args,
                     const boost::program_options::options_description& options,
                     const boost::program_options::positional_options_description& positional) {
    namespace po = boost::program_options;
    try {
        po::variables_map vm;
        po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        throw InputError({std::string("Tuỳ chọn không hợp lệ: ") + e.what(),
                          std::string("Bad option: ") + e.what()});
    }
}

} // namespace vnplan::cli
