// vnplan: checks award tables and issues plan documents from a workbook, in batch.
#include "cli/cli.hpp"
#include "office/common/office_process.hpp"
#include "office/common/ustring.hpp"

#include <com/sun/star/uno/Exception.hpp>

#include <csignal>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <iostream>
#ifdef _WIN32
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#endif

namespace {

const char* usage_vi =
    "Cách dùng: vnplan LỆNH [tuỳ chọn]\n"
    "  verify SỔ_TÍNH... [--sheet TÊN] [--range A1:E60] [--all] [--json]\n"
    "           kiểm tra bảng khen thưởng\n"
    "  generate SỔ_TÍNH... [--template MẪU.ott] [--out THƯ_MỤC] [--format odt,docx,pdf]\n"
    "           [--force] [--override-totals] [--each TRANG_HOẶC_VÙNG [--name CỘT]]\n"
    "           [--merge-pdf TỆP.pdf] [--jobs N]   tạo kế hoạch, văn bản mang tên sổ tính\n"
    "           (--merge-pdf: thêm một PDF ghép mọi văn bản, chỉ với một sổ tính;\n"
    "           --jobs: số tiến trình LibreOffice cùng làm lô --each của từng sổ tính, mặc định\n"
    "           số lõi, tối đa 4; sổ tính có văn bản trùng tên với sổ tính trước: không tạo)\n"
    "  convert SỔ_TÍNH... [--out THƯ_MỤC] [--font PHÔNG] [--force]\n"
    "           chuyển mã TCVN3/VNI sang Unicode (ghi bản TÊN-unicode.ods/.xlsx/.xls)\n"
    "  rank SỔ_TÍNH [--sheet TÊN] [--unit ĐƠN_VỊ] [--top N] [--out TỆP] [--force]\n"
    "           xếp hạng chỉ số (qua các năm khi có điểm nhiều năm) vào bản sao sổ tính\n"
    "  allocate SỔ_TÍNH --weights VÙNG --total N [--method TÊN] [--minimum N|VÙNG]\n"
    "           [--maximum N|VÙNG] [--sheet TÊN] [--into Ô] [--out TỆP] [--force]   phân bổ chỉ "
    "tiêu\n"
    "  appendix SỔ_TÍNH --range \"Trang!A4:E53\" [--range ...] [--title TIÊU_ĐỀ]...\n"
    "           [--subtitle ...]... [--number II] [--attach-line \"(Kèm theo ...)\"]\n"
    "           [--landscape|--portrait] [--out THƯ_MỤC] [--format odt,docx,pdf] [--force]\n"
    "           [--override-totals]   xuất bảng thành phụ lục\n"
    "  office start [--idle-minutes N] | office stop | office status\n"
    "           giữ một LibreOffice chạy sẵn cho các lệnh sau (tự dừng sau N phút không\n"
    "           dùng, mặc định 30); status: mã 1 khi không có\n"
    "Tuỳ chọn chung: --lang vi|en, --office ĐƯỜNG_DẪN_SOFFICE\n"
    "Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không đọc được đầu vào, 130 dừng vì Ctrl+C.\n"
    "  (convert: 0 đã ghi bản Unicode, 1 không có gì cần chuyển, 2 cả khi bản sao đã có)\n";
const char* usage_en =
    "Usage: vnplan COMMAND [options]\n"
    "  verify WORKBOOK... [--sheet NAME] [--range A1:E60] [--all] [--json]   check award tables\n"
    "  generate WORKBOOK... [--template FILE.ott] [--out DIR] [--format odt,docx,pdf]\n"
    "           [--force] [--override-totals] [--each SHEET_OR_RANGE [--name COLUMN]]\n"
    "           [--merge-pdf FILE.pdf] [--jobs N]   issue the plans, named after the workbooks\n"
    "           (--merge-pdf: also one PDF of all the documents, one workbook only;\n"
    "           --jobs: LibreOffice processes sharing each workbook's --each batch, default\n"
    "           the cores, at most 4; a workbook reusing an earlier one's names is refused)\n"
    "  convert WORKBOOK... [--out DIR] [--font NAME] [--force]\n"
    "           TCVN3/VNI text to Unicode (writes NAME-unicode.ods/.xlsx/.xls)\n"
    "  rank WORKBOOK [--sheet NAME] [--unit UNIT] [--top N] [--out FILE] [--force]\n"
    "           rank index scores (over the years when there are several) into a copy\n"
    "  allocate WORKBOOK --weights RANGE --total N [--method NAME] [--minimum N|RANGE]\n"
    "           [--maximum N|RANGE] [--sheet NAME] [--into CELL] [--out FILE] [--force]   share a "
    "quota\n"
    "  appendix WORKBOOK --range \"Sheet!A4:E53\" [--range ...] [--title TITLE]...\n"
    "           [--subtitle ...]... [--number II] [--attach-line \"(Kèm theo ...)\"]\n"
    "           [--landscape|--portrait] [--out DIR] [--format odt,docx,pdf] [--force]\n"
    "           [--override-totals]   tables as appendices (Phụ lục)\n"
    "  office start [--idle-minutes N] | office stop | office status\n"
    "           keep a LibreOffice running for later commands (it stops itself after N\n"
    "           idle minutes, 30 by default); status: exit 1 when none runs\n"
    "Common options: --lang vi|en, --office PATH_TO_SOFFICE\n"
    "Exit codes: 0 no errors, 1 errors found, 2 input cannot be read, 130 stopped by Ctrl+C.\n"
    "  (convert: 0 Unicode copies written, 1 nothing to convert, 2 also when a copy exists)\n";

// The command's exit code; every error reported here.
int run_command(vnplan::cli::Context& context, const std::string& command,
                std::vector<std::string>& args, const char* usage) {
    using namespace vnplan;
    // After Ctrl+C the failures are the interrupt's (main says so), not errors to report.
    const auto report = [&](const Message& message) {
        if (office::interruption() == 0) cli::complain(context, message);
    };
    try {
        if (command == "verify") return cli::verify_command(context, args);
        if (command == "generate") return cli::generate_command(context, args);
        if (command == "convert") return cli::convert_command(context, args);
        if (command == "rank") return cli::rank_command(context, args);
        if (command == "allocate") return cli::allocate_command(context, args);
        if (command == "appendix") return cli::appendix_command(context, args);
        if (command == "office") return cli::office_command(context, args);
        cli::complain(context, {"Không có lệnh \"" + command + "\".",
                                "There is no command \"" + command + "\"."});
        std::cerr << usage;
        return cli::unreadable;
    } catch (const InputError& e) {
        // A dead office surfaces as whatever failed first ("cannot open the template"...).
        report(cli::office_lost() ? cli::office_failure("") : e.message());
        return cli::unreadable;
    } catch (const std::exception& e) {
        report(cli::office_lost()
                   ? cli::office_failure("")
                   : Message{std::string("Lỗi: ") + e.what(), std::string("Error: ") + e.what()});
        return cli::unreadable;
    } catch (const com::sun::star::uno::Exception& e) {
        report(cli::office_failure(office::to_utf8(e.Message)));
        return cli::unreadable;
    } catch (...) {
        report({"Lỗi không xác định.", "Unknown error."});
        return cli::unreadable;
    }
}

} // namespace

int main(int argc, char** argv) {
    using namespace vnplan;
#ifdef _WIN32
    SetConsoleOutputCP(CP_UTF8); // the messages are UTF-8 (vnplan.manifest)
#endif
#ifdef SIGPIPE
    // A connection to the office closed under us must be an error we report, not a silent
    // death by signal (exit 141) that also loses the buffered report.
    std::signal(SIGPIPE, SIG_IGN);
#endif
    // Ctrl+C in a batch: the offices started for it end with vnplan instead of running on.
    office::stop_offices_on_interrupt();
    cli::Context context;
    if (const char* lang = std::getenv("VNPLAN_LANG"))
        context.lang = std::strncmp(lang, "en", 2) == 0 ? Lang::en : Lang::vi;

    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--lang" || arg == "--office") && i + 1 < argc) {
            const std::string value = argv[++i];
            if (arg == "--lang")
                context.lang = value.rfind("en", 0) == 0 ? Lang::en : Lang::vi;
            else
                context.soffice = value;
        } else {
            args.push_back(arg);
        }
    }
    const char* usage = context.lang == Lang::vi ? usage_vi : usage_en;
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        std::cout << usage;
        return args.empty() ? cli::unreadable : cli::ok;
    }
    struct StopOffice {
        ~StopOffice() {
            std::cout.flush(); // the report is out before the office is let go
            cli::stop_office();
        }
    } stop_office_at_exit;
    const std::string command = args[0];
    args.erase(args.begin());
    const int code = run_command(context, command, args, usage);
    if (const int signal_number = office::interruption()) {
        cli::complain(context, {"Đã dừng theo yêu cầu (Ctrl+C): văn bản đã xong vẫn còn, không để "
                                "lại tệp ghi dở.",
                                "Stopped on request (Ctrl+C): the finished documents stay, no "
                                "half-written file left."});
        return 128 + signal_number; // as the shell reports a command ended by the signal
    }
    return code;
}
