/** Help texts, in Vietnamese; flags in English as is customary. */
export const HELP: Record<string, string> = {
  main: `baocao — kiểm tra và xuất báo cáo của Sở Khoa học và Công nghệ từ tệp JSON hoặc YAML
(.docx theo Nghị định 30/2020/NĐ-CP và Markdown).

Cách dùng:
  baocao <lệnh> [tuỳ chọn]

Lệnh:
  init        tạo khung báo cáo YAML cho một kỳ, có chú thích từng trường
  validate    kiểm tra số liệu, in các lỗi kèm đường dẫn, dòng và cột
  render      xuất .docx và .md
  schema      in JSON Schema của báo cáo hoặc của một section
  sections    liệt kê các section (lĩnh vực) có sẵn
  indicators  các chỉ tiêu (số liệu) của báo cáo: bảng, CSV hoặc JSON

Tuỳ chọn chung:
  -h, --help     hướng dẫn (baocao <lệnh> --help cho từng lệnh)
  -v, --version  phiên bản
  --debug        in chi tiết lỗi (stack trace)

Ví dụ:
  baocao init --profile lang-son.yaml --period 2025-H1 > bao-cao.yaml
  baocao validate bao-cao.yaml
  baocao render bao-cao.yaml -o van-ban
  baocao render examples/cli/*.json -o out/cli
  baocao validate thang-10.yaml --history bao-cao-truoc
  baocao indicators thang-10.yaml --history bao-cao-truoc --csv > chi-tieu.csv

Mã thoát: 0 không có lỗi; 1 số liệu có lỗi; 2 lỗi cách dùng, lỗi tệp, profile hoặc plugin.
Màu chỉ dùng khi in ra terminal; đặt NO_COLOR=1 để tắt.
`,
  validate: `baocao validate — kiểm tra báo cáo

Cách dùng:
  baocao validate <tệp báo cáo…> [--profile P] [--plugin M] [--history DIR] [--format text|json]

  <tệp báo cáo>     .json, .yaml, .yml, hoặc - để đọc từ đầu vào chuẩn
  --profile P       tệp profile (.json/.yaml) của tỉnh; mặc định là tệp ghi ở dòng
                    "$profile:" trong báo cáo (đường dẫn tính từ thư mục của báo cáo)
  --plugin M        module ESM (.mjs/.js) xuất section của tỉnh; dùng được nhiều lần
  --history DIR     thư mục các báo cáo kỳ trước của tỉnh (.json/.yaml, cả kế hoạch năm), để
                    tính và kiểm tra lũy kế, cùng kỳ năm trước, kế hoạch năm; dùng được nhiều lần
  --format F        text (mặc định) hoặc json

Mỗi vấn đề được in trên một dòng: tệp:dòng:cột, mức (lỗi, cảnh báo, gợi ý), mã, đường dẫn
JSON của giá trị và lời giải thích.

Báo cáo kỳ trước (--history): mọi tệp .json, .yaml, .yml nằm ngay trong thư mục; báo cáo đang
kiểm tra được bỏ qua nếu cũng nằm trong đó. Thư mục không đọc được hoặc không có tệp nào, tệp
không đọc được, JSON/YAML sai, hoặc tệp không có kỳ báo cáo (tháng, quý, 6 tháng, 9 tháng, năm)
làm lệnh dừng (mã 2) và nêu tên tệp. Phần còn lại của báo cáo kỳ trước không bị kiểm tra lại
(kiểm tra chúng bằng baocao validate). Con số ghi sai so với lịch sử (ví dụ lũy kế) là cảnh báo
series/…; thiếu báo cáo của tháng nào thì có gợi ý series/gap nêu tháng đó.

Ví dụ:
  baocao validate bao-cao.yaml
  baocao validate thang-*.yaml --profile bac-giang.json --format json
  cat bao-cao.json | baocao validate - --profile lang-son.yaml
  baocao validate examples/cli/series/2025-thang-10.json --history examples/cli/series

Mã thoát: 0 không có lỗi (có thể có cảnh báo); 1 có lỗi; 2 không đọc được tệp, profile, plugin
hoặc báo cáo kỳ trước.
`,
  render: `baocao render — xuất văn bản .docx (Nghị định 30) và .md

Cách dùng:
  baocao render <tệp báo cáo…> [-o DIR] [--docx] [--md] [--profile P] [--plugin M] [--history DIR] [--force]

  -o, --out DIR     thư mục ghi văn bản (mặc định: thư mục hiện tại)
  --docx            chỉ xuất .docx
  --md              chỉ xuất .md (mặc định xuất cả hai)
  --profile P       tệp profile; mặc định là tệp ghi ở dòng "$profile:" trong báo cáo
  --plugin M        module ESM xuất section của tỉnh; dùng được nhiều lần
  --history DIR     thư mục các báo cáo kỳ trước của tỉnh (.json/.yaml, cả kế hoạch năm), để
                    tính và kiểm tra lũy kế, cùng kỳ năm trước, kế hoạch năm; dùng được nhiều lần
  --force           ghi đè cả tệp không do baocao tạo ra (hoặc đã bị sửa tay)

Mỗi văn bản được ghi ra tên tạm rồi mới đổi tên, nên không bao giờ có tệp ghi dở.
Báo cáo có lỗi thì không được xuất (xem bằng baocao validate).

Ví dụ:
  baocao render bao-cao.yaml
  baocao render bao-cao.yaml -o van-ban --docx
  baocao render examples/cli/*.json -o out/cli
  baocao render thang-10.yaml --history bao-cao-truoc -o van-ban

Mã thoát: 0 đã xuất tất cả; 1 có báo cáo bị lỗi; 2 lỗi cách dùng, tệp, profile, plugin hoặc báo cáo
kỳ trước.
`,
  init: `baocao init — tạo khung báo cáo YAML

Cách dùng:
  baocao init --profile P --period KỲ [--kind report|plan] [--plugin M] > bao-cao.yaml

  --profile P       tệp profile của tỉnh (.json/.yaml)
  --period KỲ       2025-06 (tháng 6), 2025-Q2 (quý II), 2025-H1 (6 tháng đầu năm),
                    2025-H2 (6 tháng cuối năm), 2025-9T (9 tháng đầu năm), 2025 (cả năm)
  --kind K          report (báo cáo, mặc định) hoặc plan (kế hoạch)

Khung có mọi section mà profile dùng, mỗi trường có chú thích; điền số liệu rồi chạy
baocao validate.

Ví dụ:
  baocao init --profile lang-son.yaml --period 2025-9T > bao-cao-9-thang.yaml
  baocao init --profile lang-son.yaml --period 2026 --kind plan > ke-hoach-2026.yaml
`,
  schema: `baocao schema — JSON Schema của báo cáo

Cách dùng:
  baocao schema [--section ID] [--plugin M]

  --section ID      JSON Schema của dữ liệu một section (xem baocao sections)

Ví dụ:
  baocao schema > bao-cao.schema.json
  baocao schema --section nghien-cuu-khcn
`,
  indicators: `baocao indicators — các chỉ tiêu (số liệu) của báo cáo

Cách dùng:
  baocao indicators <tệp báo cáo…> [--csv] [--format text|csv|json] [--history DIR]
                    [--profile P] [--plugin M]

Mỗi số liệu mà các section khai báo là một chỉ tiêu: mã (<lĩnh vực>/<số liệu>), tên, giá trị,
đơn vị, loại (cộng dồn, thời điểm, tỷ lệ) và kỳ báo cáo.

  --csv             in dạng CSV (như --format csv) để mở bằng bảng tính: UTF-8, dòng đầu là tên
                    cột (file,id,label,value,unit,kind,period,path), số viết với dấu chấm thập phân
  --format F        text (bảng, mặc định), csv hoặc json
  --history DIR     thư mục các báo cáo kỳ trước của tỉnh (.json/.yaml, cả kế hoạch năm), để
                    tính và kiểm tra lũy kế, cùng kỳ năm trước, kế hoạch năm; dùng được nhiều lần
                    thêm các cột lũy kế, cùng kỳ, tăng/giảm (%), kế hoạch năm, % kế hoạch
                    (để trống, hoặc "-" trong bảng, khi lịch sử không đủ để tính)
  --profile P       tệp profile; mặc định là tệp ghi ở dòng "$profile:" trong báo cáo
  --plugin M        module ESM xuất section của tỉnh; dùng được nhiều lần

Báo cáo có lỗi thì không có chỉ tiêu: lỗi được in ra (stderr) và mã thoát là 1.

Ví dụ:
  baocao indicators thang-10.yaml
  baocao indicators thang-10.yaml --history bao-cao-truoc
  baocao indicators bao-cao-truoc/*.yaml --csv > chi-tieu.csv
  baocao indicators examples/cli/series/2025-thang-10.json --history examples/cli/series

Mã thoát: 0 đã in; 1 có báo cáo bị lỗi; 2 lỗi cách dùng, tệp, profile, plugin hoặc báo cáo kỳ trước.
`,
  sections: `baocao sections — các section (lĩnh vực) có sẵn

Cách dùng:
  baocao sections [--plugin M] [--format text|json]

In mã (id), tên và thời gian áp dụng của từng section.

Ví dụ:
  baocao sections
  baocao sections --plugin ./chuong-trinh-che.mjs --format json
`,
};
