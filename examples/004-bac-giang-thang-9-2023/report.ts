/**
 * Sở KH&CN Bắc Giang — Báo cáo kết quả công tác tháng 9/2023, nhiệm vụ công tác tháng 10/2023 (dự thảo),
 * rebuilt from `shared/seeds/004_19f09592a08089bb.txt`.
 *
 * Wording and figures are the seed's, typos included ("BKHHCN", "Năng lương", "Nghịệp vụ"). Only extraction
 * artefacts were repaired: table rows that wrap across lines and page breaks are reassembled, the "- +" items of
 * the extraction are "+" items of the list above them, and two sentences cut by a page break are joined.
 *
 * One task list feeds both the summary in Phần I.I and the appendix table: it sits in `sections`, and both
 * section blocks take their data from there.
 */
import type { BlockInput, FigureInput, InlineInput, ReportInput, SectionDataInput, TextRun } from '@baocao-khcn/core';
import type { allSections, nghienCuuKhcn, nhiemVuDuocGiao, quanLyCongNghe, soHuuTriTue, thamMuu, thanhTra, thongTinThongKe, tieuChuanDoLuongChatLuong, tuDo } from '@baocao-khcn/sections';

/** Italic run (the seed's `*…*`). */
const i = (text: string): TextRun => ({ type: 'text', text, italic: true });
/** A count ("02 doanh nghiệp"), optionally with the parts it breaks down into. */
const count = (value: number, unit?: string, parts?: string[]): FigureInput => {
  const figure: FigureInput = { type: 'figure', value, format: 'count' };
  if (unit !== undefined) figure.unit = unit;
  if (parts !== undefined) figure.breakdown = parts.map((label) => ({ label, value: 1 }));
  return figure;
};
/** Prose blocks, typed. */
const prose = (...blocks: BlockInput[]): BlockInput[] => blocks;
const line = (...items: InlineInput[]): InlineInput[] => items;

// ---------------------------------------------------------------------------------------------------------------
// Nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao (Phần I.I and the appendix)
// ---------------------------------------------------------------------------------------------------------------

const assignedTasks: SectionDataInput<typeof nhiemVuDuocGiao> = {
  intro: prose(
    'Sở KH&CN đã thực hiện đầy đủ, đúng thời gian các nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao.',
    {
      type: 'list',
      items: [
        'Đối với các văn bản chỉ đạo của UBND tỉnh và Tổ công tác của Chủ tịch UBND tỉnh về thực hiện nhiệm vụ giao: Sở KH&CN nghiêm túc triển khai đầy đủ các văn bản chỉ đạo của UBND tỉnh, Chủ tịch UBND tỉnh.',
        'Đối với các nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao: Sở KH&CN đã thực hiện đầy đủ, đúng thời gian, tiến độ các nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao.',
      ],
    },
  ),
  stated: { total: 14, done: 4, doneLate: 0, inProgress: 10, overdue: 0, notStarted: 0 },
  tasks: [
    // I. ĐÃ THỰC HIỆN
    {
      ref: '4502/UBND-KGVX',
      refDate: '2023-08-09',
      refDatePrefix: 'Ngày',
      content:
        'V/v Góp ý dự thảo QĐ của TTCP quy định về hồ sơ, trình tự, thủ tục thực hiện giám định chất lượng và giá trị máy móc, thiết bị, dây chuyền công nghệ của dự án đầu tư.',
      deadline: '2023-08-18',
      completedOn: '2023-08-17',
      status: 'Đúng hạn',
      result: 'Công văn số 1036/KHCN-QLCN Ngày 17/8/2023',
      state: 'done',
    },
    {
      ref: '339/TB-UBND',
      refDate: '2023-07-28',
      refDatePrefix: 'Ngày',
      content:
        'Xây dựng mã QR thống nhất về TTHC thuộc phạm vi, chức năng quản lý của ngành để niêm yết công khai theo quy định và chuyển đến UBND cấp huyện, UBND cấp xã thực hiện niêm yết công khai đảm bảo TTHC được cập nhật đầy đủ, thường xuyên khi có thay đổi',
      deadline: '2023-08-20',
      completedOn: '2023-08-20',
      status: 'Đúng hạn',
      result: 'Công văn số 1047/KHCN-VP Ngày 20/8/2023',
      state: 'done',
    },
    {
      ref: '3841/UBND-KGVX',
      refDate: '2023-07-12',
      refDatePrefix: 'Ngày',
      content:
        'V/v thông báo tuyển chọn tham gia Đề án đào tạo, bồi dưỡng nhân lực KH&CN ở trong nước và ngoài nước (Đề án 2395) phục vụ xây dựng kế hoạch năm 2024',
      deadline: '2023-09-15',
      completedOn: '2023-07-14',
      status: 'Đúng hạn',
      result: 'Công văn số 867/KHCN-VP Ngày 14/7/2023',
      state: 'done',
    },
    {
      ref: '3991/UBND-KGVX',
      refDate: '2023-07-19',
      refDatePrefix: 'Ngày',
      content:
        'V/v giao góp ý dự thảo Thông tư quy định việc kiểm tra nhà nước về chất lượng sản phẩm trong sản xuất thuộc trách nhiệm quản lý của Bộ Khoa học và Công nghệ',
      deadline: '2023-09-13',
      completedOn: '2023-09-13',
      status: 'Đúng hạn',
      result: 'Công văn số 1161/KHCN-TĐC Ngày 13/9/2023',
      state: 'done',
    },
    // II. ĐANG THỰC HIỆN (trong hạn)
    {
      ref: '333/TB-UBND',
      refDate: '2023-07-21',
      refDatePrefix: 'Ngày',
      content:
        'TB Kết luận của Phó Chủ tịch Thường trực UBND tỉnh Mai Sơn tại buổi làm việc với Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh',
      status: 'Chưa đến hạn',
      state: 'in-progress',
    },
    {
      ref: '3797/UBND-KGVX',
      refDate: '2023-07-10',
      refDatePrefix: 'Ngày',
      content: 'V/v triển khai thực hiện Thông tư số 14/2023/TT-BKHHCN ngày 30/6/2023 của Bộ Khoa học và Công nghệ',
      status: 'Chưa đến hạn',
      state: 'in-progress',
    },
    {
      ref: '1922/UBND-KGVX',
      refDate: '2023-04-19',
      refDatePrefix: 'ngày',
      content: 'V/v phối hợp triển khai Điều tra nhận thức công chúng về KH&CN năm 2023',
      deadline: '2023-09-30',
      status: 'Chưa đến hạn',
      state: 'in-progress',
    },
    {
      ref: '1950/UBND-KGVX',
      refDate: '2023-04-20',
      refDatePrefix: 'ngày',
      content: 'V/v áp dụng định mức chi tiêu thực hiện nhiệm vụ, giải pháp của Đề án 996 và Đề án 100',
      deadline: '2023-12-31',
      status: 'Chưa đến hạn',
      state: 'in-progress',
    },
    {
      ref: '2197/UBND-KGVX',
      refDate: '2023-04-30',
      refDatePrefix: 'ngày',
      content: 'V/v nhân rộng và triển khai áp dụng công cụ công cụ 5S tại các cơ sở giáo dục trên địa bàn tỉnh Bắc Giang',
      deadline: '2024-12-31',
      status: 'Chưa đến hạn',
      state: 'in-progress',
    },
    {
      ref: '3040/UBND-KSTT',
      refDate: '2023-06-07',
      refDatePrefix: 'Ngày',
      content:
        'V/v cải cách thủ tục hành chính, cải thiện môi trường kinh doanh; Tổ chức rà soát, đề xuất phương án đơn giản hóa đối với ít nhất 50% TTHC được công bố tại Quyết định số 469/QĐ-UBND ngày 31/3/2023 của Chủ tịch UBND tỉnh',
      deadline: '2023-11-15',
      status: 'Chưa đến hạn',
      state: 'in-progress',
    },
    {
      ref: '25/KH-UBND',
      refDate: '2023-05-24',
      refDatePrefix: 'ngày',
      content:
        'V/v Kế hoạch thực hiện Biên bản Ghi nhớ số 234-BB/TUBG-TUTN về việc triển khai các biện pháp phối hợp, liên kết phát triển giữa hai tỉnh Bắc Giang và tỉnh Thái Nguyên giai đoạn 2023 - 2025 và những năm tiếp theo',
      deadline: '2024-01-10',
      status: 'Chưa đến hạn',
      state: 'in-progress',
    },
    {
      ref: '30/KH-UBND',
      refDate: '2023-06-25',
      refDatePrefix: 'Ngày',
      content:
        'V/v Kế hoạch thực hiện Biên bản Ghi nhớ số 245-BB/TUBG-TULS về việc triển khai các biện pháp phối hợp, liên kết phát triển giữa hai tỉnh Bắc Giang và Lạng Sơn giai đoạn 2023 -2025 và những năm tiếp theo',
      deadline: '2024-01-15',
      status: 'Chưa đến hạn',
      state: 'in-progress',
    },
    {
      ref: '31/KH-UBND',
      refDate: '2023-06-25',
      refDatePrefix: 'Ngày',
      content:
        'Kế hoạch thực hiện Kết luận số 221-KL/TUBG-TUHD về việc đẩy mạnh thực hiện các nội dung phối hợp, liên kết phát triển giữa hai tỉnh Bắc Giang và tỉnh Hải Dương giai đoạn 2023 -2025',
      deadline: '2024-01-15',
      status: 'Chưa đến hạn',
      state: 'in-progress',
    },
    {
      ref: '3149/UBND-NC',
      refDate: '2023-06-12',
      refDatePrefix: 'Ngày',
      content:
        'Thực hiện nghiêm chế độ thông tin báo cáo. Yêu cầu báo cáo phải gửi đúng thời hạn, số liệu báo cáo phải đầy đủ, chính xác; lãnh đạo các sở, cơ quan, đơn vị, địa phương phải duyệt kỹ báo cáo trước khi gửi UBND tỉnh, Chủ tịch UBND tỉnh. Trường hợp để xảy ra tình trạng báo cáo không đúng hạn, không chính xác, không kịp thời cập nhật lên hệ thống thông tin báo cáo, người đứng đầu sở, cơ quan, đơn vị, địa phương sẽ phải chịu trách nhiệm trước UBND tỉnh, Chủ tịch UBND tỉnh',
      status: 'Chưa đến hạn',
      state: 'in-progress',
    },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Phần I.II — Xây dựng cơ chế, chính sách, pháp luật về KH&CN
// ---------------------------------------------------------------------------------------------------------------

const policy: SectionDataInput<typeof thamMuu> = {
  results: prose(
    'Quan tâm đăng ký và triển khai xây dựng các dự thảo văn bản trình cấp có thẩm quyền phê duyệt; xây dựng Báo cáo, kế hoạch tổ chức thực hiện, cụ thể:',
    {
      type: 'list',
      items: [
        {
          content: 'Xây dựng các báo cáo:',
          items: [
            'Báo cáo kết quả tháng 8 năm 2023 thực hiện Kết luận số 99-KL/TU của BTV tỉnh uỷ và Kế hoạch số 278/KH-UBND ngày 18/6/2021 của UBND tỉnh;',
            'Tình hình nhân dân tháng 9 năm 2023;',
            'Báo cáo kết quả lấy phiếu tín nhiệm giữa nhiệm kỳ đối với lãnh đạo Sở KH&CN;',
            'Tổng kết triển khai, thực hiện Luật Giám định tư pháp và Đề án tiếp tục đổi mới và nâng cao hiệu quả hoạt động giám định tư pháp;',
            'Công tác cải cách hành chính quý III năm 2023;',
            'Kết quả kiểm tra công vụ quý III năm 2023;',
            'Tổng kết thi hành Luật Năng lương nguyên tử 2008 trên địa bàn tỉnh Bắc Giang;',
            'Đánh giá kết quả thực hiện Thông báo kết luận cuộc làm việc giữa Lãnh đạo Bộ Khoa học và Công nghệ với lãnh đạo tỉnh Bắc Giang.',
            'Kết quả buổi làm việc với Cục sở hữu trí tuệ về một số vướng mắc trong hoạt động hỗ trợ, thực hiện các thủ tục xác lập quyền sở hữu công nghiệp;',
            'Kết quả công tác xây dựng và áp dụng HTQLCL theo Tiêu chuẩn Quốc gia TCVN ISO 9001:2015 Quý III năm 2023;',
            'Báo cáo kết quả công tác tổ chức, triển khai, đánh giá sơ khảo các giải pháp tham gia Hội thi Sáng tạo kỹ thuật lần thứ 10, năm 2022-2023;',
            'Đánh giá tình hình thực hiện sáng kiến, mô hình về CCHC;',
            'Thực hiện cập nhật và báo cáo kết quả cập nhật thông tin báo cáo vào Hệ thống thông tin về giám sát, đánh giá đầu tư;',
            'Kết quả công tác đối ngoại năm 2023; phương hướng, nhiệm vụ công tác đối ngoại năm 2024;',
            'Kết quả thực hiện các nội dung liên quan đến công tác giám định tư pháp;',
            'Tình hình quản lý và sử dụng biên chế hành chính, sự nghiệp năm 2023; kế hoạch biên chế hành chính, sự nghiệp năm 2024;',
            'Thực trạng nguồn nhân lực làm công tác tham mưu xây dựng pháp luật và đề xuất giải pháp phát triển nguồn nhân lực làm công tác tham mưu xây dựng pháp luật đến năm 2023, định hướng đến năm 2045 đáp ứng yêu cầu nhiệm vụ;',
            'Chuyên đề thực trạng và nhiệm vụ, giải pháp chấn chỉnh, khắc phục tình trạng né tránh, đùn đẩy, làm việc cầm chừng, sợ trách nhiệm không dám làm trong đội ngũ cán bộ, đảng viên, công chức;',
            'Báo cáo thực hiện Nghị quyết 55- NQ/TW ngày 11/02/2020 của Bộ Chính trị về định hướng Chiến lược phát triển năng lượng quốc gia của Việt Nam đến năm 2030, tầm nhìn đến năm 2045;',
            'Tổng hợp kết quả đánh giá hiệu quả áp dụng và phạm vi ảnh hưởng cấp tỉnh đối với sáng kiến (lần 2, đợt 1/2023) của Hội đồng sáng kiến tỉnh;',
            'Một số vướng mắc trong hoạt động hỗ trợ, thực hiện các thủ tục xác lập quyền sở hữu công nghiệp;',
            'Sơ kết 5 năm thực hiện Nghị quyết định số 23-NQ/TW ngày 22/3/2018 của Bộ Chính trị về “Định hướng xây dựng chính sách phát triển công nghiệp quốc gia đến năm 2030, tầm nhìn đến năm 2045”;',
            'Kết quả thực hiện công tác thông tin đối ngoại giai đoạn từ năm 2020 đến nay;',
            'Tổng kết quá trình lãnh đạo, chỉ đạo và thực hiện xây dựng văn hóa, con người Bắc Giang từ năm 2010 đến nay;',
            'Tình hình thực hiện Nghị quyết số 10- NQ/TW ngày 03/6/2017 của Ban Chấp hành Trung ương Đảng khóa XII về phát triển kinh tế tư nhân trở thành một động lực quan trọng của nền kinh tế thị trường định hướng xã hội chủ nghĩa;',
            'Tình hình thực hiện Nghị quyết số 11-NQ/TW ngày 03/6/2017 của Ban Chấp hành Trung ương Đảng khóa XII về hoàn thiện thể chế kinh tế thị trường định hướng xã hội chủ nghĩa;',
            'Tình hình thực hiện Nghị quyết số 12- NQ/TW ngày 03/6/2017 của Ban Chấp hành Trung ương Đảng khóa XII về tiếp tục cơ cấu lại, đổi mới và nâng cao hiệu quả doanh nghiệp nhà nước;',
            'Báo cáo vốn đầu tư phát triển tháng 9 năm 2023;',
            'Báo cáo tình hình thực hiện công khai dự toán NSNN từ năm 2019 đến năm 2023;',
            'Báo cáo nội dung phân cấp quản lý nhà nước',
          ],
        },
        {
          content: 'Xây dựng và ban hành Kế hoạch:',
          items: [
            'Công tác thông tin đối ngoại năm 2024;',
            'Tổ chức hội nghị phổ biến công tác thi hành pháp luật trong hoạt động thanh tra, phòng chống tham nhũng và một số nội dung về công tác tiếp công dân, giải quyết khiếu nại, tố cáo;',
            'Tham gia gian hàng trưng bày và thương mại các sản phẩm OCOP và sản phẩm chủ lực địa phương tại thành phố Hải Phòng;',
            'Tham gia Chương trình Tuần hàng quảng bá nông sản Hà Nội và các tỉnh, thành phố năm 2023;',
            'Kiểm tra tình hình hoạt động các doanh nghiệp khoa học và công nghệ tổ chức, chi nhánh tổ chức khoa học và công nghệ trên địa bàn tỉnh Bắc Giang năm 2023;',
            'Xuất bản “Tài liệu hướng dẫn các biện pháp phòng chống thiên tai, dịch bệnh và bảo vệ môi trường tỉnh Bắc Giang, năm 2024”;',
            'Kiểm tra công tác tổ chức quản lý Chỉ dẫn địa lý Sâm nam núi Dành;',
            'Triển khai công tác trang bị phương tiện và tuyên truyền, tập huấn kỹ năng cơ bản về phòng cháy, chữa cháy và cứu nạn, cứu hộ tại hộ gia đình cán bộ, công chức, viên chức, người lao động Sở KH&CN',
          ],
        },
        {
          content: 'Ban hành các Quyết định:',
          items: [
            'Phê duyệt kế hoạch lựa chọn nhà thầu các gói thầu: Mua sắm hàng hóa, dịch vụ tổ chức Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh Bắc Giang năm 2023 (Techfest Bắc Giang 2023) và trình diễn kết nối cung cầu công nghệ;',
            'Thành lập Tổ thẩm định kế hoạch lựa chọn nhà thầu các gói thầu: Mua sắm hàng hóa, dịch vụ tổ chức Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh Bắc Giang năm 2023 (Techfest Bắc Giang 2023) và trình diễn kết nối cung cầu công nghệ;',
            'Thành lập hội đồng tư vấn đánh giá, nghiệm thu đề tài khoa học và công nghệ cấp tỉnh “Nghiên cứu đề xuất mô hình quản lý, khai thác giá trị di tích đền thờ Tiến sĩ Thân Nhân Trung thị trấn Nénh, huyện Việt Yên trong phát huy truyền thống hiếu học, khoa bảng, phát triển giáo dục của tỉnh Bắc Giang hiện nay”;',
            'Kiểm tra việc thực hiện các quy định của pháp luật về tiêu chuẩn, đo lường, chất lượng đối với các doanh nghiệp sản xuất, kinh doanh vàng trang sức, mỹ nghệ trên địa bàn tỉnh Bắc Giang;',
            'Ban hành Quy chế chấm điểm Cuộc thi “Khởi nghiệp đổi mới sáng tạo tỉnh Bắc Giang năm 2023”;',
            'Công bố công khai quyết toán ngân sách năm 2022 của Sở Khoa học và Công nghệ Bắc Giang;',
            'Thành lập hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ cấp tỉnh thực hiện năm 2024 “Nghiên cứu bảo tồn, phát huy giá trị di sản văn hóa phi vật thể liên quan tới Hội hát dân ca các dân tộc huyện Lục Ngạn, tỉnh Bắc Giang”;',
            'Thành lập hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ cấp tỉnh thực hiện năm 2024 “Nghiên cứu đề xuất giải pháp phát triển du lịch nông thôn trên địa bàn tỉnh Bắc Giang”;',
            'Tiếp nhận và phân công nhiệm vụ viên chức (ông Dương Văn Minh; Ngô Minh Hiếu)',
            'Công nhận kết quả thực hiện đề tài khoa học và công nghệ cấp tỉnh: “Phát huy giá trị chùa Am Vãi trong phát triển du lịch tỉnh Bắc Giang”;',
            'Thành lập hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ cấp tỉnh thực hiện năm 2024 “Nghiên cứu ứng dụng công nghệ sinh học tạo con lai gà hướng trứng (giữa gà trống Ai Cập với gà mái ISA-Brown) trên địa bàn tỉnh Bắc Giang”;',
            'Công nhận kết quả thực hiện đề tài khoa học và công nghệ cấp tỉnh: Nghiên cứu, biên soạn sách Lịch sử Đảng bộ tỉnh Bắc Giang, tập III (2005-2020);',
            'Thành lập hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ cấp tỉnh thực hiện năm 2024 “Nghiên cứu đề xuất giải pháp phát triển du lịch nông thôn trên địa bàn tỉnh Bắc Giang”',
            'Về việc thanh lý tài sản cố định năm 2023 (Lần 1);',
            'Thẩm định, đánh giá sự phù hợp Hệ thống quản lý chất lượng của Trung tâm Quy hoạch xây dựng Bắc Giang với Tiêu chuẩn Quốc gia TCVN ISO 9001:2015;',
            // A page break cuts this title after "trong ngành"; the seed goes on with "chặn, đẩy lùi …".
            'Thành lập hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ cấp tỉnh thực hiện năm 2024 “Phát huy vai trò của các tổ chức, lực lượng trong ngành chặn, đẩy lùi các quan điểm sai trái, thù địch trên địa bàn tỉnh Bắc Giang hiện nay”;',
            'Phê duyệt mua sắm đối với hàng hóa, dịch vụ tổ chức Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh Bắc Giang năm 2023 (Techfest Bắc Giang 2023) và trình diễn kết nối cung cầu công nghệ;',
            line(
              'Thành lập hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ cấp tỉnh thực hiện năm 2024 “Nghiên cứu bảo tồn và phát triển cây hoa Đào chuông Yên Tử (',
              i('Enkianthus quinque florus'),
              '); Nghiên cứu kỹ thuật nhân giống và gây trồng cây Bồ Đề (',
              i('Ficus religiosa'),
              ' L.) theo chuỗi giá trị nhằm cải thiện sinh kế người dân và thúc đẩy phát triển ngành thương mại, du lịch trên địa bàn tại tỉnh Bắc Giang”;',
            ),
            'Thành lập hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ cấp tỉnh thực hiện năm 2024 (Bảo hộ, quản lý và phát triển nhãn hiệu chứng nhận “Nhưng hưu Yên Thế” cho sản phẩm nhưng hưu của huyện Yên thế tỉnh Bắc Giang)',
            'Thành lập Ban Giám khảo, Tổ giúp việc Ban Giám khảo Cuộc thi “Khởi nghiệp đổi mới sáng tạo tỉnh Bắc Giang năm 2023”;',
            'Tiếp nhận Chương trình đảm bảo đo lường của Công ty TNHH Nấm dược liệu Adenco; Công ty CP Tập đoàn FEC;',
            'Về việc cho thôi việc đối với công chức theo nguyện vọng (ông Hoàng Văn Long - Chức vụ: Trưởng phòng Hành chính và Quản lý Đo lường - Đơn vị công tác: Chi cục Tiêu chuẩn Đo lường Chất lượng);',
            'Thành lập hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ cấp tỉnh thực hiện năm 2024 “Nghiên cứu thực trạng nhiễm một số vi khuẩn Gram âm kháng carbapenem và giải pháp can thiệp làm giảm tỷ lệ nhiễm trùng do vi khuẩn kháng carbapenem tại Bệnh viện Đa khoa tỉnh Bắc Giang”;',
            'Thành lập hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ cấp tỉnh thực hiện năm 2024 “Nghiên cứu đề xuất một số giải pháp nâng cao chất lượng giáo dục kỹ năng sống cho học sinh khuyết tật trí tuệ học hòa nhập tiểu học trên địa bàn tỉnh Bắc Giang”',
          ],
        },
        {
          content: 'Xây dựng và ban hành các văn bản khác:',
          items: [
            'Tờ trình Dự thảo Quyết định Bãi bỏ các Quyết định của Ủy ban nhân dân tỉnh Bắc Giang;',
            'Xin ý kiến đối với Dự thảo 5 Quyết định của UBND tỉnh;',
            'Đề nghị Sở Tư pháp tổng hợp và trình UBND tỉnh ban hành Quyết định;',
            'Cử cán bộ tham gia xác minh hiện trạng tài sản thi hành án;',
            'Đề xuất, tham mưu nội dung uỷ quyền phê duyệt kế hoạch lựa chọn nhà thầu các gói thầu thuộc đề tài, dự án khoa học, công nghệ;',
            'Đăng ký nội dung xây dựng chương trình công tác năm 2024;',
            'Đăng ký tham dự Chương trình đào tạo do Viện Đào tạo SHTT Hàn Quốc tổ chức;',
            'Đăng ký tham gia khóa đào tạo “Nghịệp vụ đấu thầu và cấp chứng chỉ đấu thầu cơ bản đối với lựa chọn nhà thầu”',
            'Đóng góp ý kiến vào Tờ trình đề nghị xây dựng và Đề cương chi tiết Nghị quyết của HĐND tỉnh Quy định định mức lập dự toán, quản lý sử dụng và quyết toán kinh phí ngân sách nhà nước thực hiện nhiệm vụ khoa học và công nghệ trên địa bàn tỉnh Bắc Giang;',
            'Tờ trình đề nghị thẩm định, phê duyệt hồ sơ điều chỉnh quy hoạch tổng mặt bằng công trình: Nâng cao năng lực Trung tâm Ứng dụng Khoa học và Công nghệ tỉnh Bắc Giang giai đoạn 2021-2023;',
            'Tờ trình đề nghị công bố thủ tục hành chính mới ban hành/bị bãi bỏ trong lĩnh vực hoạt động khoa học và công nghệ thuộc phạm vi chức năng quản lý của Sở Khoa học và Công nghệ tỉnh Bắc Giang;',
            'Tờ trình đề nghị ủy quyền một số nội dung trong quản lý, tổ chức thực hiện nhiệm vụ khoa học và công nghệ có sử dụng ngân sách nhà nước;',
            'Đề nghị kiện toàn UV BCH và Chi hội BVQLNTD Sở KH&CN;',
            'Đăng ký nhu cầu đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2024;',
          ],
        },
      ],
    },
  ),
};

// ---------------------------------------------------------------------------------------------------------------
// Phần I.III (results) and Phần II (plans): the areas, each with both parts
// ---------------------------------------------------------------------------------------------------------------

const research: SectionDataInput<typeof nghienCuuKhcn> = {
  results: prose({
    type: 'list',
    items: [
      line(
        'Đôn đốc Cơ quan chủ trì đề xuất hướng thực hiện dự án “',
        i('Ứng dụng tiến bộ khoa học và công nghệ xây dựng mô hình sản xuất giống và nuôi thương phẩm Baba gai (Palea steindachneri Siebenrock 1906) trên địa bàn tỉnh Bắc Giang'),
        '”.',
      ),
      line(
        'Tổ chức nghiệm thu cấp tỉnh đối với dự án (',
        i('Ứng dụng KH&CN xây dựng mô hình chăn nuôi gà lai hướng trứng HA theo chuỗi giá trị phục vụ phát triển kinh tế - xã hội tỉnh Bắc Giang'),
        '). Kết quả đạt loại Khá.',
      ),
      line(
        'Phối hợp với Bộ Khoa học và Công nghệ kiểm tra tiến độ ',
        count(1, 'đề tài'),
        ' “',
        i('Nghiên cứu sản xuất và sử dụng phân bón chuyên dùng cho cây vải thiều tại tỉnh Bắc Giang'),
        '”.',
      ),
      line('Hoàn thành việc tổ chức ', count(14, 'Hội đồng'), ' tư vấn xác định nhiệm vụ 2024.'),
      'Xây dựng Tờ trình xin ý kiến chủ trương Ban cán sự UBND tỉnh về danh mục nhiệm vụ KH&CN cấp tỉnh năm 2024.',
      'Tổ chức làm việc với UBND huyện Lục Ngạn, các sở có liên quan và một số trường đại học, viện nghiên cứu về đặt hàng nhiệm vụ cấp tỉnh đợt 2/2024.',
      line('Tổ chức kiểm tra tiến độ ', count(2, 'nhiệm vụ'), '.'),
    ],
  }),
  plans: prose({
    type: 'list',
    items: [
      'Đôn đốc các Tổ chức chủ trì triển khai thực hiện các đề tài, dự án theo đúng tiến độ.',
      line(
        'Phối hợp với Bộ Khoa học và Công nghệ tổ chức nghiệm thu dự án “',
        i('Ứng dụng KH&CN xây dựng mô hình chăn nuôi gà lai hướng trứng HA theo chuỗi giá trị phục vụ phát triển kinh tế - xã hội tỉnh Bắc Giang'),
        '”.',
      ),
      // The seed opens no quotation mark here but closes one.
      line(
        'Trình Bộ Khoa học và Công nghệ, UBND tỉnh dừng thực hiện dự án ',
        i('Ứng dụng tiến bộ khoa học và công nghệ xây dựng mô hình sản xuất giống và nuôi thương phẩm Baba gai (Palea steindachneri Siebenrock 1906) trên địa bàn tỉnh Bắc Giang'),
        '”.',
      ),
      line(
        'Phối hợp với Bộ Khoa học và Công nghệ tuyển chọn tổ chức chủ trì nhiệm vụ “',
        i('Nghiên cứu bảo tồn giá trị hệ thống di tích thời Trần khu vực Tây Yên Tử, gắn với phát triển du lịch ở tỉnh Bắc Giang và vùng lân cận'),
        '” sau khi có Quyết định phê duyệt danh mục của Bộ trưởng Bộ Khoa học và Công nghệ.',
      ),
      line(
        'Hướng dẫn Cơ quan chủ trì làm thủ tục xin gia hạn thời gian thực hiện dự án “',
        i('Ứng dụng tiến bộ KH&CN xây dựng mô hình chăn nuôi bò thịt lai Blanc-Blue-Belge thương phẩm thành hàng hoá trên địa bàn tỉnh Bắc Giang'),
        '”.',
      ),
      'Phối hợp với Bộ KH&CN tổ chức kiểm tra tiến độ một số dự án đang triển khai.',
      line(
        'Tổ chức nghiệm thu ',
        count(2, 'nhiệm vụ', ['Thực trạng hoạt động tín ngưỡng …', 'Nghiên cứu, đề xuất mô hình quản lý, khai thác giá trị đền thờ tiến sĩ Thân Nhân Trung …']),
        ' “Thực trạng hoạt động tín ngưỡng và giải pháp nâng cao vai trò quản lý nhà nước đối với hoạt động tín ngưỡng trên địa bàn tỉnh Bắc Giang”; “Nghiên cứu, đề xuất mô hình quản lý, khai thác giá trị đền thờ tiến sĩ Thân Nhân Trung, thị trấn Nénh, huyện Việt Yên trong phát huy truyền thống hiếu học, khoa bảng, phát triển giáo dục của tỉnh Bắc Giang hiện nay”.',
      ),
      'Tổ chức kiểm tra tiến độ các nhiệm vụ thực hiện năm 2023.',
    ],
  }),
};

const technology: SectionDataInput<typeof quanLyCongNghe> = {
  results: prose({
    type: 'list',
    items: [
      'Tham gia ý kiến thẩm định báo cáo nghiên cứu khả thi dự án: Xây dựng khu dân cư thôn Ruồng Cái, xã Đào Mỹ, huyện Lạng Giang (giai đoạn 5); Khu dân cư bản Quỳnh lâu, xã Tam Tiến, huyện Yên Thế gửi Sở Xây dựng.',
      'Tham gia ý kiến thẩm định hồ sơ điều chỉnh dự án của Công ty TNHH Techbifarm; Công ty TNHH Pulsar Việt Nam gửi Sở Kế hoạch - Đầu tư.',
      'Tham gia ý kiến về hồ sơ đề nghị thực hiện dự án: “Nhà máy Argus Optical Việt Nam” của Công ty Ouhai Glasses Singapore Pte. Ltd gửi Sở Kế hoạch - Đầu tư;',
      'Tham gia ý kiến về công nghệ: trạm xử lý nước thải của dự án Khu dân cư Bình Minh, xã Quê Nhan, huyện Tân Yên gửi Công ty TNHH Đầu tư và Phát triển Thiên Phúc Liên Sơn; hệ thống xử lý nước thải sinh hoạt của dự án: KDC bản Quỳnh Lâu, xã Tam Tiến, huyện Yên Thế gửi Phòng Kinh tế và Hạ tầng và Ban Quản lý dự án Yên Thế; trạm xử lý nước thải của dự án xây dựng khu dân cư trung tâm thị trấn Vôi, huyện Lạng Giang gửi Sở Xây dựng.',
      'Thành lập Hội đồng tư vấn khoa học và công nghệ Dự án đầu tư xây dựng Nhà máy xử lý rác và phát điện Bắc Giang.',
      'Hoạt động phát triển doanh nghiệp KH&CN: tiếp tục rà soát các doanh nghiệp để lựa chọn doanh nghiệp có đủ điều kiện thành lập doanh nghiệp KH&CN.',
      line(
        'Lĩnh vực an toàn, bức xạ: Cấp ',
        count(12, 'giấy phép'),
        ' tiến hành công việc bức xạ - Sử dụng thiết bị X-quang chẩn đoán trong y tế; ',
        count(1, 'Chứng chỉ'),
        ' nhân viên bức xạ (ông Nguyễn Đức Vạn. Địa chỉ: Bệnh viện Đa khoa Sông Thương- Số 256-258-260 Đường Lê Lợi, P. Hoàng Văn Thụ, Tp Bắc Giang)',
      ),
      line(
        'Cấp ',
        count(2, 'Giấy chứng nhận'),
        ' đăng ký chuyển giao công nghệ cho Công ty TNHH PNTEC VINA. Địa chỉ: CN-17, Khu công nghiệp Vân Trung, Xã Vân Trung, Huyện Việt Yên, Tỉnh Bắc Giang.',
      ),
    ],
  }),
  plans: prose({
    type: 'list',
    items: [
      'Tiếp tục phối hợp với các đơn vị có liên quan xây dựng các nội dung chi tiết để thực hiện Kế hoạch số 44/KH-UBND ngày 04/3/2023 của UBND tỉnh tổ chức Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh Bắc Giang năm 2023 (Techfest Bắc Giang 2023) và trình diễn kết nối cung cầu công nghệ.',
      'Hoàn thiện Dự thảo kế hoạch triển khai thực hiện Chiến lược quốc gia về nghiên cứu, phát triển và ứng dụng Trí tuệ nhân tạo đến năm 2023 trên địa bàn tỉnh Bắc Giang.',
      'Tổ chức điều tra, khảo sát đánh giá trình độ công nghệ sản xuất trên địa bàn tỉnh Bắc Giang theo kế hoạch.',
      'Thực hiện các nội dung Kế hoạch tổ chức ngày hội KNĐMST tỉnh Bắc Giang năm 2023.',
      'Tham gia ý kiến về công nghệ đối với các dự án đầu tư; thẩm định công nghệ các dự án đầu tư theo yêu cầu tại bộ phận một cửa và các sở, ban, ngành.',
      'Cấp phép giấy phép X-quang chuẩn đoán trong y tế (cấp mới, cấp lại) theo yêu cầu tại bộ phận một cửa.',
    ],
  }),
};

const information: SectionDataInput<typeof thongTinThongKe> = {
  results: prose({
    type: 'list',
    items: [
      'Duy trì hoạt động và biên tập, cập nhật các trang thông tin điện tử: skhcn.bacgiang.gov.vn; batex.vn; thongtinkhcn.com.vn;',
      'Phối hợp với Báo Bắc Giang, Đài Phát thanh và Truyền hình tỉnh xây dựng chuyên trang, chuyên mục KH&CN số tháng 9.',
      'Phối hợp với Đài phát thanh và truyền hình tỉnh xây dựng clip KH&CN quý III.',
      'Phối hợp tạp chí Diễn đàn doanh nghiệp tuyên truyền về hoạt động KH&CN.',
      'Tiếp tục triển khai dự án đầu tư “Nâng cao năng lực hoạt động của Trung tâm Ứng dụng KH&CN” giai đoạn 2021-2023.',
      'Thực hiện các nhiệm vụ KH&CN cấp quốc gia thuộc chương trình NTMN, nhiệm vụ cấp cơ sở đảm bảo tiến độ.',
      line('Đăng ký, cấp giấy chứng nhận: ', count(1, 'nhiệm vụ'), ' KH&CN.'),
      line(
        'Thực hiện kiểm định, hiệu chuẩn theo định kỳ các phương tiện đo, chuẩn đo lường; dịch vụ kiểm định, thử nghiệm theo nhu cầu của khách hàng (',
        i('Kết quả: thử nghiệm'),
        ' 38 mẫu than, lũy kế đến kỳ báo cáo ',
        { type: 'figure', value: 502, of: 700, unit: 'mẫu' },
        ' đạt ',
        { type: 'figure', value: 71.7, format: 'percent', decimals: 1, ratio: { part: 502, whole: 700 } },
        ' kế hoạch năm; ',
        i('kiểm định'),
        ' được 498 phương tiện đo các loại đạt yêu cầu, lũy kế đến kỳ báo cáo ',
        { type: 'figure', value: 6038, of: 10000, unit: 'PTĐ' },
        ' các loại, đạt ',
        { type: 'figure', value: 60.38, format: 'percent', ratio: { part: 6038, whole: 10000 } },
        ' kế hoạch năm);',
      ),
      'Nhiệm vụ Ứng dụng công nghệ hàn Quốc để sản xuất khoai tây sạch bệnh theo quy mô công nghiệp và phát triển chuỗi giá trị khoai tây bền vững tại Việt Nam: Phối hợp với đơn vị chuyên gia thực hiện theo dõi quá trình vận hành của kho lạnh, theo dõi kho lạnh bảo quản khoai tây giống. Chuẩn bị các điều kiện cần thiết tổ chức hội nghị, hội thảo;',
    ],
  }),
  plans: prose({
    type: 'list',
    items: [
      'Duy trì hoạt động Website và các trang thông tin của Sở.',
      'Phối hợp với Báo Bắc Giang, Đài Phát thanh và Truyền hình tỉnh xây dựng chuyên trang, chuyên mục KH&CN số tháng 10, clip quý IV.',
      'Tiếp tục triển khai dự án đầu tư “Nâng cao năng lực hoạt động của Trung tâm Ứng dụng KH&CN” giai đoạn 2021-2023.',
      'Thực hiện các nhiệm vụ cấp cơ sở đảm bảo tiến độ.',
      'Tổ chức hội nghị tập huấn cho tổ chức thực hiện chức năng đầu mối thông tin KH&CN.',
      'Tổ chức hội nghị hướng dẫn người dân tra cứu, khai thác nguồn tin KH&CN tại huyện Lục Ngạn.',
      'Duy trì các hoạt động dịch vụ kiểm định, thử nghiệm theo nhu cầu của khách hàng.',
      'Thực hiện dịch vụ tư vấn, chuyển giao các tiến bộ KH&CN cho các đơn vị sản xuất kinh doanh, hộ gia đình trong và ngoài tỉnh. Tổ chức triển khai đẩy mạnh hoạt động dịch vụ các sản phẩm KH&CN.',
      'Tiếp tục triển khai các đề tài, dự án KH&CN cấp quốc gia và cấp cơ sở.',
    ],
  }),
};

const standards: SectionDataInput<typeof tieuChuanDoLuongChatLuong> = {
  results: prose({
    type: 'list',
    items: [
      {
        content:
          'Triển khai thực hiện Kế hoạch 33/KH-KHCN ngày 14/2/2023 về thực hiện Kế hoạch 409/KH-UBND của UBND tỉnh về triển khai Đề án 996 trên địa bàn tỉnh Bắc Giang:',
        items: [
          'Tổ chức đào tạo, bồi dưỡng nâng cao chuyên môn, nghiệp vụ về đo lường cho công chức của các sở, ban, ngành, UBND các huyện, thành phố và cho các cán bộ tham gia hoạt động đo lường của doanh nghiệp.',
          line(
            'Hỗ trợ ',
            count(2, 'doanh nghiệp', ['Công ty CP Tập đoàn FEC', 'Công ty TNHH Năm Dược liệu Adenco']),
            ' triển khai xây dựng, áp dụng chương trình đảm bảo đo lường: Hỗ trợ công ty CP Tập đoàn FEC và Công ty TNHH Năm Dược liệu Adenco triển khai tổ chức đào tạo các lớp đào tạo trong chương trình đảm bảo đo lường cho doanh nghiệp (',
            i('nhận thức chung về ISO/IEC 17025, quản lý phòng thí nghiệm hiệu chuẩn, hiệu chuẩn phương tiện đo độ dài; đảm bảo đo lường đối với lượng của hàng đóng gói sẵn'),
            ').',
          ),
          'Khảo sát, điều tra hoạt động đo lường tại doanh nghiệp, tổ chức trên địa bàn tỉnh.',
          'Hỗ trợ kiểm định cân thông dụng tại các chợ trên địa bàn tỉnh, bảo đảm quyền lợi người tiêu dùng: Thẩm định giá dịch vụ kiểm định cân thông dụng (cân đồng hồ lò xo, cân bàn điện tử) tại các chợ trên địa bàn tỉnh Bắc Giang; phê duyệt Kế hoạch lựa chọn nhà thầu gói thầu: Dịch vụ kiểm định cân thông dụng (cân đồng hồ lò xo, cân bàn điện tử) tại các chợ trên địa bàn tỉnh Bắc Giang.',
        ],
      },
      'Kiểm tra việc chấp hành quy định pháp luật về đo lường đối với doanh nghiệp kinh doanh vận tải bằng xe taxi trên địa bàn tỉnh Bắc Giang.',
      line(
        'Tiếp nhận ',
        count(31, 'hồ sơ'),
        ' đăng ký kiểm tra chất lượng sản phẩm nhập khẩu đối với các sản phẩm thép, điện, điện tử (',
        i('Lũy kế đến thời điểm báo cáo đã nhận 214 hồ sơ'),
        '). Thẩm định ',
        count(40, 'hồ sơ'),
        ' nhập khẩu sản phẩm thép và điện, điện tử. Kết quả: đạt yêu cầu nhập khẩu. (',
        i('Lũy kế đến thời điểm báo cáo có 177 hồ sơ nhập khẩu'),
        ').',
      ),
      line(
        'Hoạt động khảo sát Na dai Lục Nam: Đã thực hiện lấy mẫu lần 1. Kết quả: đã lấy ',
        count(12, 'mẫu'),
        ' Na dai tại ',
        count(6, 'xã'),
        ' trên địa bàn huyện Lục Nam được bảo hộ chỉ dẫn địa lý gửi phân tích chất lượng tại Trung tâm kiểm soát bệnh tật tỉnh Bắc Giang. Dự kiến tháng 11/2023 lấy mẫu lần 2.',
      ),
      'Hoạt động khảo sát chất lượng sản phẩm, hàng hóa: Đã triển khai Kế hoạch khảo sát hàng hóa trong dịp Tết Trung thu 2023; Kế hoạch khảo sát chất lượng xăng lưu thông trên thị trường; Kế hoạch khảo sát chất lượng dầu nhờn động cơ đốt trong; Kế hoạch khảo sát chất lượng sản phẩm điện, điện tử. Hiện nay đang tập trung khảo sát hàng hóa trong dịp Tết Trung thu 2023.',
      'Hoạt động ISO hành chính công: Đã thực hiện Kiểm tra công tác CCHC nhà nước, ISO, CDS tại Sở Nông nghiệp và Phát triển nông thôn; Sở Ngoại vụ.',
      line(
        'Hoạt động truy xuất nguồn gốc: Triển khai tuyên truyền về Cổng TXNG của tỉnh http://txng.bacgiang.gov.vn/ đối với các doanh nghiệp trên địa bàn tỉnh; Thực hiện kết nối Cổng TXNG tỉnh Bắc Giang với Cổng thông tin TXNG Quốc gia; Tiếp nhận ',
        count(2, 'Hồ sơ', ['Doanh nghiệp tư nhân vàng bạc Dũng Hà', 'Doanh nghiệp tư nhân vàng bạc Nhung Xuyên']),
        ' công bố Hợp chuẩn của Doanh nghiệp tư nhân vàng bạc Dũng Hà và Doanh nghiệp tư nhân vàng bạc Nhung Xuyên phù hợp Tiêu chuẩn Quốc gia TCVN 7054:2014 - Vàng thương phẩm - Yêu cầu kỹ thuật.',
      ),
      'Ban hành báo cáo kết quả khảo sát chất lượng sản phẩm, hàng hóa lưu thông trên thị trường.',
      'Biên tập, cập nhật bản tin điện tử TBT lên trang thông tin điện tử của đơn vị; Nâng cấp, hoàn thiện trang Website về hoạt động TBT.',
    ],
  }),
  plans: prose({
    type: 'list',
    items: [
      {
        // A page break cuts the quoted name of Đề án after "doanh nghiệp Việt Nam".
        content:
          'Tiếp tục triển khai thực hiện các Kế hoạch: số 239/KH-UBND ngày 18/8/2020 của UBND tỉnh Bắc Giang về việc triển khai, áp dụng và quản lý hệ thống truy xuất nguồn gốc trên địa bàn tỉnh Bắc Giang giai đoạn 2021-2025; Kế hoạch số 408/KH-UBND ngày 29/8/2021 của UBND tỉnh Bắc Giang Nâng cao năng suất và chất lượng trên địa bàn tỉnh Bắc Giang giai đoạn 2021-2025; Kế hoạch số 409/KH-UBND ngày 30/8/2021 của UBND tỉnh Bắc Giang Triển khai Đề án “Tăng cường, đổi mới hoạt động đo lường hỗ trợ doanh nghiệp Việt Nam nâng cao năng lực cạnh tranh và hội nhập quốc tế giai đoạn đến năm 2025, định hướng đến năm 2030” trên địa bàn tỉnh Bắc Giang, với các nội dung:',
        items: [
          'Phối hợp tổ chức kiểm định lưu động tại các huyện, thành phố trên địa bàn tỉnh.',
          line('Phối hợp triển khai 5S tại ', count(10, 'trường'), ' tiểu học trên địa bàn tỉnh.'),
          line(
            'Triển khai mô hình điểm áp dụng công cụ, hệ thống quản lý tiên tiến tại ',
            count(2, 'cơ sở', ['Bệnh viện Đa khoa tỉnh', 'Trung tâm Y tế huyện Tân Yên']),
            ' khám chữa bệnh (Bệnh viện Đa khoa tỉnh và Trung tâm Y tế huyện Tân Yên).',
          ),
          line('Nâng cao năng lực hoạt động tiêu chuẩn hoá và đánh giá sự phù hợp với tiêu chuẩn, quy chuẩn kỹ thuật tại ', count(4, 'doanh nghiệp'), '.'),
        ],
      },
      'Tổ chức các hoạt động kỷ niệm ngày Tiêu chuẩn Thế giới 14/10/1946.',
      'Triển khai kiểm tra việc thực hiện các quy định của pháp luật về tiêu chuẩn, đo lường, chất lượng đối với các doanh nghiệp sản xuất, kinh doanh vàng trang sức, mỹ nghệ trên địa bàn tỉnh Bắc Giang.',
      'Triển khai hoạt động khảo sát chất lượng sản phẩm, hàng hóa.',
      'Tiếp tục Khảo sát chất lượng đối với chỉ dẫn địa lý sản phẩm na dai Lục Nam.',
      'Triển khai hoạt động ISO hành chính công.',
      'Xây dựng và ban hành văn bản đề nghị các ngành báo cáo kết quả kiểm tra chất lượng sản phẩm, hàng hóa năm 2023; tổng hợp số liệu báo cáo UBND tỉnh, Bộ KH&CN.',
      'Tham gia đoàn thanh tra về tiêu chuẩn, chất lượng theo yêu cầu của cơ quan liên quan (nếu có).',
      'Cập nhật hệ thống cơ sở dữ liệu về các văn bản quy phạm pháp luật, tiêu chuẩn và quy chuẩn kỹ thuật để phục vụ cho hoạt động thông báo và hỏi đáp về hàng rào kỹ thuật trong thương mại. Xử lý các Tin cảnh báo nhận được từ Văn phòng TBT Việt Nam.',
      'Quản trị và cập nhật thông tin thường xuyên trên trang thông tin điện tử của Chi cục (bacgiang.tcvn.gov.vn).',
      'Xuất bản Bản tin TBT số 10/2023.',
    ],
  }),
};

const intellectualProperty: SectionDataInput<typeof soHuuTriTue> = {
  results: prose({
    type: 'list',
    items: [
      line('Tiếp tục hướng dẫn, tiếp nhận ', count(3, 'hồ sơ'), ' đề nghị hỗ trợ đăng ký sáng chế, giải pháp hữu ích của các cá nhân, tổ chức năm 2023.'),
      'Tổng hợp kết quả đánh giá của chuyên gia, xây dựng báo cáo đánh giá hồ sơ; tổ chức họp hội đồng sáng kiến tỉnh, trình Chủ tịch UBND tỉnh công nhận hiệu quả áp dụng và phạm vi ảnh hưởng cấp tỉnh của sáng kiến lần 2, đợt 1 năm 2023.',
      line(
        'Tổ chức kiểm tra tiến độ đề tài, dự án KH&CN cấp cơ sở thực hiện năm 2023 (',
        i('Giải pháp dạy học tích hợp hoạt động trải nghiệm, hướng nghiệp trong môn sinh học theo chương trình giáo dục phổ thông mới góp phần phát triển năng lực cho học sinh THPT trên địa bàn tỉnh Bắc Giang; Xây dựng mô hình trồng thử nghiệm một số giống hoa Trà my tại thành phố Bắc Giang; Đánh giá thực trạng và đề xuất giải pháp xây dựng mô hình cơ cấu tổ chức nhằm nâng cao chất lượng và hiệu quả hoạt động của ủy ban kiểm tra đảng ủy xã, phường, thị trấn trong Đảng bộ tỉnh Bắc Giang'),
        '). Kết quả: Các đề tài, dự án triển khai đảm bảo tiến độ, nội dung so với Hợp đồng đã ký.',
      ),
    ],
  }),
  plans: prose({
    type: 'list',
    items: [
      'Tổ chức kiểm tra Chỉ dẫn địa lý “Sâm nam núi Dành” tại huyện Tân Yên.',
      line(
        'Tổ chức ',
        count(2, 'Hội nghị', ['huyện Yên Dũng', 'huyện Lạng Giang']),
        ' tập huấn hoạt động sáng kiến tại huyện Yên Dũng và huyện Lạng Giang.',
      ),
      'Tổ chức họp xét hỗ trợ đăng ký sáng chế, giải pháp hữu ích cho các cá nhân, tổ chức năm 2023.',
      'Tổ chức họp các Hội đồng tư vấn xác định nhiệm vụ KH&CN cấp cơ sở thực hiện năm 2024.',
      'Tổ chức kiểm tra tiến độ đề tài, dự án KH&CN cấp cơ sở thực hiện năm 2023.',
    ],
  }),
};

const inspection: SectionDataInput<typeof thanhTra> = {
  results: prose({
    type: 'list',
    items: [
      'Đôn đốc thực hiện kết luận thanh tra Dự án Xây dựng mô hình trồng mới thâm canh giống cam sạch bệnh V2 và CS1 trên địa bàn huyện Lạng Giang; phối hợp UBND huyện Lạng Giang tiếp tục tuyên truyền, hướng dẫn thực hiện khắc phục sau Kết luận thanh tra Dự án.',
      'Đôn đốc thực hiện kết luận thanh tra Thanh tra hành chính và phòng chống tham nhũng đối với Chi cục Tiêu chuẩn Đo lường Chất lượng.',
      'Thực hiện tiếp dân vào ngày 15 hàng tháng và tiếp dân thường xuyên theo yêu cầu, trong tháng.',
      'Cập nhật cơ sở dữ liệu: Công tác phòng, chống tham nhũng; giải quyết đơn thư kiến nghị, tố cáo trên hệ thống phần mềm của Thanh tra Chính phủ đúng thời hạn quy định',
    ],
  }),
  plans: prose({
    type: 'list',
    items: [
      'Cập nhật cơ sở dữ liệu: Công tác phòng, chống tham nhũng; giải quyết đơn thư kiến nghị, khiếu nại, tố cáo trên hệ thống phần mềm của Thanh tra Chính phủ.',
      'Báo cáo kết quả rà soát các văn bản QPPL, phục vụ hệ thống hóa kỳ 2019-2023 theo yêu cầu của Chủ tịch UBND tỉnh.',
      'Thực hiện tiếp dân vào ngày 15 hàng tháng và tiếp dân thường xuyên theo yêu cầu, trong tháng.',
    ],
  }),
};

const other: SectionDataInput<typeof tuDo> = {
  results: prose({
    type: 'list',
    items: [
      line('Xây dựng kế hoạch tổ chức ', count(1, 'lớp'), ' tập huấn về công nghệ sinh học tại huyện Tân Yên.'),
      'Tham gia triển lãm về các sản phẩm khoa học và công nghệ, công nghệ sinh học tại thành phố Hà Nội; Hải Phòng.',
      'Thực hiện tiếp nhận và trả kết quả toàn bộ TTHC của Sở tại Trung tâm phục vụ Hành chính công của tỉnh đảm bảo nhanh gọn, kịp thời, đúng thời gian quy định. Thực hiện tốt việc khoán chi hành chính phù hợp với công tác và nhiệm vụ được giao trên cơ sở tiết kiệm, có hiệu quả.',
    ],
  }),
  plans: prose({
    type: 'list',
    items: [
      line(
        'Phối hợp với UBND huyện Lục Ngạn, Việt Yên tổ chức ',
        count(2, 'hội nghị', ['huyện Lục Ngạn', 'huyện Việt Yên']),
        ' tập huấn về công nghệ sinh học.',
      ),
      'Tổ chức các hoạt động kỷ niệm ngày thành lập ngành Khoa học và Công nghệ tỉnh Bắc Giang 19/10/1961-19/10/2023.',
      'Cuộc thi khởi nghiệp đổi mới sáng tạo: Triển khai sơ loại và thực hiện các nhiệm vụ cho Ban giám khảo chấm sơ loại Cuộc thi “Khởi nghiệp đổi mới sáng tạo tỉnh Bắc Giang năm 2023” theo kế hoạch; Tổ chức chấm các hồ sơ dự thi tham dự vòng chung kết.',
      'Tiếp tục tổ chức nghiên cứu xây dựng đề xuất nội dung nhiệm vụ trong Kế hoạch của BTV Tỉnh uỷ triển khai thực hiện Nghị quyết số 36-NQ/TW về phát triển và ứng dụng công nghệ sinh học phục vụ phát triển bền vững đất nước trong tình hình mới.',
      'Tiếp tục thực hiện tiếp nhận và trả kết quả toàn bộ TTHC của Sở tại Trung tâm phục vụ Hành chính công của tỉnh đảm bảo nhanh gọn, kịp thời, đúng thời gian quy định. Thực hiện tốt việc khoán chi hành chính phù hợp với công tác và nhiệm vụ được giao trên cơ sở tiết kiệm, có hiệu quả.',
      'Họp định kỳ: Họp lãnh đạo Sở hàng tuần, họp giao ban định kỳ tháng 10/2023./.',
    ],
  }),
};

// ---------------------------------------------------------------------------------------------------------------

export const report: ReportInput<typeof allSections> = {
  kind: 'bao-cao',
  issueDate: { year: 2023, month: 9 },
  period: { kind: 'month', year: 2023, month: 9 },
  subject: 'Kết quả công tác tháng 9/2023, nhiệm vụ công tác tháng 10/2023',
  sections: {
    'nhiem-vu-duoc-giao': assignedTasks,
    'tham-muu': policy,
    'nghien-cuu-khcn': research,
    'quan-ly-cong-nghe': technology,
    'thong-tin-thong-ke': information,
    'tieu-chuan-do-luong-chat-luong': standards,
    'so-huu-tri-tue': intellectualProperty,
    'thanh-tra': inspection,
    'tu-do': other,
  },
  body: [
    {
      part: 'results',
      content: [
        // I. Thực hiện nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao: intro, bold lead, Tổng số, counts, note.
        { type: 'section', section: 'nhiem-vu-duoc-giao' },
        { type: 'section', section: 'tham-muu' },
        {
          type: 'heading',
          title: 'Hoạt động KH&CN',
          content: [
            { type: 'section', section: 'nghien-cuu-khcn' },
            { type: 'section', section: 'quan-ly-cong-nghe' },
            { type: 'section', section: 'thong-tin-thong-ke' },
            { type: 'section', section: 'tieu-chuan-do-luong-chat-luong' },
            { type: 'section', section: 'so-huu-tri-tue' },
            { type: 'section', section: 'thanh-tra' },
            { type: 'section', section: 'tu-do' },
          ],
        },
      ],
    },
    // Phần II: the profile lists its sections; their `plans` prose comes from `sections` above.
    { part: 'plans' },
  ],
  signer: { mode: 'KT', for: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Triệu Ngọc Trung' },
  recipients: {
    items: [
      'Văn phòng Tỉnh ủy;',
      'Văn phòng UBND tỉnh;',
      'Ban KTNS HĐND tỉnh;',
      'Ban Tuyên giáo Tỉnh ủy;',
      'Sở Kế hoạch và Đầu tư;',
      'Cục Thống kê;',
      'pth@bacgiang.gov.vn;',
      'tranggt@bacgiang.gov.vn;',
      'ngantn_btgtu@bacgiang.gov.vn;',
      'vuonggv_skhdt@bacgiang.gov.vn;',
      'ducbg.psa@gmail.com;',
      'Lãnh đạo Sở;',
      'Các phòng, đơn vị thuộc Sở;',
      'Lưu: VT, VP.',
    ],
  },
  appendices: [
    {
      label: 'Phụ lục',
      title: 'BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ, KẾT LUẬN, CHỈ ĐẠO UBND TỈNH,\nCHỦ TỊCH UBND TỈNH GIAO THÁNG 9 NĂM 2023',
      subtitle: '(Kèm theo Báo cáo số /BC-KHCN ngày/9/2023 của Sở Khoa học và Công nghệ)',
      orientation: 'landscape',
      content: [{ type: 'section', section: 'nhiem-vu-duoc-giao', heading: false }],
    },
  ],
};
