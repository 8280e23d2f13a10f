import type { FigureInput, FootnoteInput, ReportInput, TextRun } from '@baocao-khcn/core';
import type { allSections } from '@baocao-khcn/sections';

/**
 * Báo cáo kết quả thực hiện Quyết định số 2519/QĐ-UBND, Nghị quyết số 11/NQ-CP và tình hình kinh tế - xã hội
 * 6 tháng đầu năm 2023 của Sở KH&CN Bắc Kạn (seed 003). Wording and figures are the source's, typos included.
 */

/** An italic run. */
const i = (text: string): TextRun => ({ type: 'text', text, italic: true });
/** A footnote. */
const fn = (content: FootnoteInput['content']): FootnoteInput => ({ type: 'footnote', content });
/** A count written with a leading zero ("07 nhiệm vụ"), optionally a ratio ("07/07") or with a breakdown. */
const count = (value: number, unit?: string, extra: Partial<FigureInput> = {}): FigureInput => ({
  type: 'figure',
  value,
  format: 'count',
  ...(unit === undefined ? {} : { unit }),
  ...extra,
});

const QD_2519 = 'Quyết định số 2519/QĐ-UBND ngày 23/12/2022 của UBND tỉnh';
const SUBJECT = `Kết quả thực hiện ${QD_2519}, Nghị quyết số 11/NQ-CP của Chính phủ và tình hình kinh tế - xã hội 6 tháng đầu năm 2023 của Sở Khoa học và Công nghệ`;

export const report: ReportInput<typeof allSections> = {
  kind: 'bao-cao',
  issueDate: '2023-06-16',
  period: { kind: 'half', year: 2023, half: 1 },
  subject: SUBJECT,
  to: ['Sở Kế hoạch và Đầu tư'],
  basis: [
    {
      kind: 'Thông tư',
      number: '13/2021/TT-BKHCN',
      date: '2021-12-30',
      issuer: 'Bộ Khoa học và Công nghệ',
      subject: 'quy định chế độ báo cáo định kỳ thuộc phạm vi quản lý nhà nước của Bộ Khoa học và Công nghệ',
    },
    {
      kind: 'Quyết định',
      number: '19/2019/QĐ-UBND',
      date: '2019-10-14',
      issuer: 'UBND tỉnh Bắc Kạn',
      subject: 'về việc ban hành quy định chế độ báo cáo định kỳ thực hiện trên địa bàn tỉnh',
    },
  ],
  opening: [
    'Thực hiện Thông tư số 13/2021/TT-BKHCN ngày 30/12/2021 của Bộ Khoa học và Công nghệ quy định chế độ báo cáo định kỳ thuộc phạm vi quản lý nhà nước của Bộ Khoa học và Công nghệ; Quyết định số 19/2019/QĐ-UBND ngày 14/10/2019 của UBND tỉnh Bắc Kạn về việc ban hành quy định chế độ báo cáo định kỳ thực hiện trên địa bàn tỉnh.',
    `Sở Khoa học và Công nghệ báo cáo kết quả thực hiện ${QD_2519}, Nghị quyết số 11/NQ-CP của Chính phủ và tình hình kinh tế - xã hội 6 tháng đầu năm 2023 như sau:`,
  ],
  body: [
    // A. KẾT QUẢ THỰC HIỆN
    {
      part: 'results',
      content: [
        {
          type: 'section',
          section: 'thuc-hien-nghi-quyet',
          title: `Kết quả thực hiện các nhiệm vụ tại ${QD_2519} ban hành Chương trình hành động thực hiện Kế hoạch phát triển KTXH, đảm bảo quốc phòng - an ninh năm 2023`,
          data: {
            tasks: [
              {
                ref: '2519/QĐ-UBND',
                refDate: '2022-12-23',
                content:
                  'Tham mưu ban hành Quyết định của Ủy ban nhân dân tỉnh sửa đổi, bổ sung hoặc thay thế Quyết định số 731/QĐ-UBND ngày 10/5/2019 của UBND tỉnh quy định về đánh giá, công nhận sáng kiến, đề tài nghiên cứu khoa học của các cá nhân để làm căn cứ xét tặng các danh hiệu thi đua, hình thức khen thưởng.',
                deadline: '2023-03-31',
                deadlineText: 'Tháng 3 năm 2023',
                completedOn: '2023-04-24',
                state: 'done',
                result: 'Đã hoàn thành (Quyết định số 713/QĐ-UBND ngày 24/4/2023)',
              },
              {
                ref: '2519/QĐ-UBND',
                refDate: '2022-12-23',
                content: 'Nhiệm vụ chuyển đổi số năm 2023 “Xây dựng hệ thống truy xuất nguồn gốc sản phẩm hàng hoá trên địa bàn tỉnh Bắc Kạn”',
                deadline: '2023-12-31',
                deadlineText: 'Tháng 12 năm 2023',
                state: 'in-progress',
                progress: 'Đang tổ chức học tập kinh nghiệm tại các tỉnh',
              },
            ],
          },
        },
        {
          type: 'section',
          section: 'thuc-hien-nghi-quyet',
          title: 'Kết quả thực hiện Nghị quyết số 11/NQ-CP của Chính phủ',
          // Generates "Sở Khoa học và Công nghệ báo cáo tại Biểu số 21 tại Phụ lục kèm theo." (the appendix is not in the seed).
          data: { formRef: 'Biểu số 21' },
        },
        {
          type: 'heading',
          title: 'Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2023',
          content: [
            // 1.
            {
              type: 'section',
              section: 'tham-muu',
              title: 'Tham mưu xây dựng cơ chế, chính sách',
              data: { results: ['Trình UBND tỉnh dự thảo Kế hoạch khoa học, công nghệ và đổi mới sáng tạo đến năm 2025.'] },
            },
            // 2.
            {
              type: 'section',
              section: 'nghien-cuu-khcn',
              title: 'Công tác quản lý khoa học',
              data: {
                results: [
                  {
                    type: 'heading',
                    title: 'Quản lý các nhiệm vụ khoa học và công nghệ',
                    content: [
                      [
                        'Năm 2023, Sở Khoa học và Công nghệ quản lý ',
                        count(38, 'nhiệm vụ khoa học và công nghệ', {
                          breakdown: [
                            { label: 'nhiệm vụ chuyển tiếp', value: 31 },
                            { label: 'nhiệm vụ thực hiện từ năm 2023', value: 7 },
                          ],
                        }),
                        ' (',
                        // The footnote's breakdown (22 + 06 + 02 = 30) leaves out the 01 nhiệm vụ sở hữu trí tuệ of the text below.
                        count(31, 'nhiệm vụ chuyển tiếp', {
                          breakdown: [
                            { label: 'nhiệm vụ cấp tỉnh', value: 22 },
                            { label: 'nhiệm vụ NTMN', value: 6 },
                            { label: 'nhiệm vụ cấp quốc gia', value: 2 },
                          ],
                        }),
                        fn([
                          'Trong đó: 22 nhiệm vụ cấp tỉnh, 06 nhiệm vụ NTMN (trong đó 04 dự án phối hợp quản lý), 02 nhiệm vụ cấp quốc gia',
                        ]),
                        '; ',
                        count(7, 'nhiệm vụ thực hiện từ năm 2023'),
                        fn([
                          '07 nhiệm vụ cấp tỉnh: giảm ',
                          count(2, 'nhiệm vụ', {
                            breakdown: [
                              { label: 'dự án không có đơn vị trúng tuyển chủ trì thực hiện', value: 1 },
                              { label: 'dự án không có đơn vị nộp hồ sơ tuyển chọn', value: 1 },
                            ],
                          }),
                          ' do 01 dự án không có đơn vị trúng tuyển chủ trì thực hiện và 01 dự án không có đơn vị nộp hồ sơ tuyển chọn.',
                        ]),
                        ').',
                      ],
                      'Đối với nhiệm vụ chuyển tiếp:',
                      {
                        type: 'list',
                        items: [
                          [
                            'Nhiệm vụ cấp tỉnh (22): Về cơ bản, các nhiệm vụ thực hiện đảm bảo tiến độ, chất lượng theo Thuyết minh được phê duyệt. Một số kết quả cụ thể: Nghiệm thu 02 ĐTDA (',
                            i('Mô hình THA, ĐTD; Hệ thống thông tin ngành nông nghiệp'),
                            '), xếp loại "Khá"; kiểm tra mô hình, tiến độ định kỳ, đột xuất 11 lượt ĐTDA; phối hợp tổ chức và dự Hội thảo 05 ĐTDA; công nhận kết quả 02 ĐTDA (',
                            i('Hoài sơn, Địa Hoàng; Pháp chế'),
                            '); hoàn thiện hồ sơ đề nghị dừng thực hiện đề tài ',
                            i('Men lá (Đã có Quyết định dừng thực hiện của Chủ tịch UBND tỉnh)'),
                            '. Trong quá trình thực hiện, Sở kịp thời xử lý những phát sinh, vướng mắc theo thẩm quyền: gia hạn thời gian thực hiện dự án ',
                            i('Nấm Linh chi và Vân chi'),
                            ', thay đổi tổ chức phối hợp dự án ',
                            i('Ngô sinh khối'),
                            ', thay đổi chủ nhiệm dự án ',
                            i('Thạch đen'),
                            ', đơn đốc triển khai 10ha mô hình trồng cây Cà gai leo, đơn đốc Cơ quan chủ trì, chủ nhiệm 02 ĐTDA nộp hồ sơ nghiệm thu cấp tỉnh (',
                            i('Chuối tây; Nấm Linh chi, Vân chi'),
                            '), đồng thời, đơn đốc các đơn vị, cá nhân thực hiện theo kết luận của Hội đồng nghiệm thu cấp tỉnh...',
                          ],
                          [
                            'Nhiệm vụ cấp Quốc gia (02), Nông thôn miền núi (06), sở hữu trí tuệ (01) thực hiện cơ bản tốt các nội dung theo Thuyết minh được duyệt, thường xuyên phối hợp với địa phương trong quá trình thực hiện. Trong 6 tháng đầu năm, tổ chức kiểm tra, thăm nắm 03 lượt ĐTDA; tham mưu điều chỉnh Thuyết minh dự án ',
                            i('Hồng LT-1'),
                            ' (đã có quyết định điều chỉnh); thay đổi chủ nhiệm dự án và bổ sung địa điểm thực hiện dự án ',
                            i('Chè Shan Chợ Mới'),
                            '; phối hợp với Bộ KH&CN theo dõi 04 dự án do Trung ương quản lý',
                            fn(
                              'Ứng dụng tiên bộ KH&CN trong sản xuất gạch xi măng-cốt liệu từ nguồn đá mạt và các nguyên liệu sẵn có ở tỉnh Bắc Kạn (Chấm dứt Hợp đồng từ tháng 5/2023 theo QĐ của Bộ KH&CN); Ứng dụng khoa học công nghệ xây dựng mô hình chế biến quýt, mơ của Bắc Kạn theo công nghệ cô đặc tại nhiệt độ thấp và áp suất thường (JEVA) để tạo ra sản phẩm mới phục vụ thị trường nội địa và hướng tới xuất khẩu; Ứng dụng tiên bộ khoa học kỹ thuật xây dựng mô hình phát triển chuỗi sản xuất và tiêu thụ sản phẩm chăn nuôi lợn địa phương tại Bắc Kạn; Ứng dụng tiên bộ khoa học và công nghệ xây dựng mô hình phát triển cây mơ vàng tạo vùng nguyên liệu phục vụ chế biến xuất khẩu tại Bắc Kạn.',
                            ),
                            ' (01 dự án đã chấm dứt Hợp đồng từ tháng 5/2023 theo Quyết định của Bộ Khoa học và Công nghệ); 01 dự án có thông báo tạm dừng triển khai thực hiện (Dự án Bò Mông).',
                          ],
                          [
                            'Nhiệm vụ thực hiện từ năm 2023 (07 nhiệm vụ cấp tỉnh): Tỉnh phê duyệt kết quả tuyển chọn cơ quan chủ trì, chủ nhiệm chủ trì thực hiện 05 ĐTDA, tổ chức họp Hội đồng tư vấn giao trực tiếp ',
                            count(7, 'ĐTDA', { of: 7 }),
                            '. Đến nay, đã tham mưu ký hợp đồng thực hiện ',
                            count(1, 'ĐTDA', { of: 7 }),
                            ' (',
                            i('Bom Cement'),
                            '); trình Chủ tịch UBND tỉnh phê duyệt thực hiện 02 dự án (',
                            i('Phương pháp dạy và học LLCT, Thalassemia'),
                            '); phối hợp thẩm định kinh phí 01 dự án (',
                            i('Tiếp nhận công nghệ xử lý chất thải chăn nuôi'),
                            '); đôn đốc Cơ quan chủ trì, Chủ nhiệm 04 ĐTDA (',
                            i('cây Hôi, cây Sau Sau, Chăn nuôi bò lai sinh sản khép kín, Tiếp nhận công nghệ xử lý chất thải chăn nuôi'),
                            ') hoàn thiện hồ sơ trình Chủ tịch UBND tỉnh phê duyệt thực hiện. Tham mưu họp Hội đồng xác định 01 nhiệm vụ bổ sung thực hiện từ năm 2023.',
                          ],
                          [
                            'Nhiệm vụ thực hiện từ năm 2024: Ban hành văn bản hướng dẫn các đơn vị, địa phương, các tổ chức, cá nhân đề xuất đặt hàng nhiệm vụ KH&CN thực hiện từ năm 2024. Tổng hợp ',
                            count(75, 'nhiệm vụ', {
                              breakdown: [
                                { label: 'Khoa học Nông nghiệp', value: 30 },
                                { label: 'Khoa học kỹ thuật và Công nghệ', value: 20 },
                                { label: 'Khoa học Y, Dược', value: 12 },
                                { label: 'Khoa học Xã hội', value: 13 },
                              ],
                            }),
                            ' của UBND các huyện, thành phố, các tổ chức, cá nhân đề xuất đặt hàng nhiệm vụ thực hiện từ năm 2024 (Khoa học Nông nghiệp: 30; Khoa học kỹ thuật và Công nghệ: 20; Khoa học Y, Dược: 12; Khoa học Xã hội: 13).',
                          ],
                        ],
                      },
                    ],
                  },
                  {
                    type: 'section',
                    section: 'khcn-co-so',
                    title: 'Khoa học và công nghệ cơ sở',
                    data: {
                      results: [
                        'Tổ chức làm việc với 08 UBND các huyện, thành phố về tình hình triển khai các nhiệm vụ KH&CN, công tác duy trì, nhân rộng kết quả thực hiện các ĐTDA KH&CN và các hoạt động KH&CN khác.',
                      ],
                    },
                  },
                  {
                    type: 'heading',
                    title: 'Hoạt động của Hội đồng KH&CN',
                    content: [
                      [
                        'Tham mưu ban hành Kế hoạch hoạt động năm 2023 của Hội đồng KH&CN tỉnh, kiện toàn thành viên Hội đồng KH&CN tỉnh. Xây dựng kế hoạch làm việc của Thành viên Hội đồng KH&CN tỉnh với 08 huyện, thành phố về định hướng hoạt động khoa học và công nghệ cấp cơ sở, báo cáo tình hình làm việc của Hội đồng KH&CN tỉnh với UBND các huyện/thành phố; quản lý nhà nước về khoa học và công nghệ tại địa phương; đề xuất, đặt hàng nhiệm vụ khoa học và công nghệ cấp Bộ, cấp tỉnh năm 2024; tổ chức ',
                        count(10, 'cuộc họp Hội đồng KH&CN', {
                          breakdown: [
                            { label: 'Hội đồng tư vấn giao trực tiếp', value: 7 },
                            { label: 'Hội đồng tư vấn đánh giá, nghiệm thu', value: 2 },
                            { label: 'Hội đồng tư vấn xác định nhiệm vụ bổ sung năm 2023', value: 1 },
                          ],
                        }),
                        ' (07 cuộc họp Hội đồng tư vấn giao trực tiếp; 02 Hội đồng tư vấn đánh giá, nghiệm thu; 01 Hội đồng tư vấn xác định nhiệm vụ bổ sung năm 2023).',
                      ],
                    ],
                  },
                  {
                    type: 'heading',
                    title: 'Các nhiệm vụ khác',
                    content: [
                      {
                        type: 'list',
                        items: [
                          [
                            'Tham mưu cho UBND tỉnh đề xuất với Bộ Nông nghiệp và Phát triển nông thôn danh mục 03 dự án thuộc Chương trình KH&CN xây dựng nông thôn mới giai đoạn 2021-2025. Kết quả, được Bộ Nông nghiệp và Phát triển nông thôn phê duyệt 01 nhiệm vụ liên vùng "',
                            i('Nghiên cứu giải pháp phát triển sản xuất, chế biến cây ăn quả ôn đới theo hướng nông nghiệp sinh thái phục vụ phát triển du lịch nông nghiệp tại các tỉnh Tuyên Quang, Cao Bằng và Bắc Kạn'),
                            '".',
                          ],
                          'Ban hành Kế hoạch đánh giá hiệu quả duy trì, nhân rộng các đề tài, dự án sau nghiệm thu từ 2016-2022. Tổ chức khảo sát, đánh giá hiệu quả nhân rộng các đề tài, dự án giai đoạn 2016-2022 tại huyện Ba Bể.',
                          'Tham mưu xây dựng Chương trình hành động thực hiện thực hiện Nghị quyết số 36-NQ/TW ngày 30 tháng 01 năm 2023 của Bộ Chính trị về phát triển và ứng dụng công nghệ sinh học phục vụ phát triển bền vững đất nước trong tình hình mới của Tỉnh ủy.',
                          'Cấp Giấy chứng nhận hoạt động chi nhánh cho Trung tâm Tâm lý giáo dục An Bắc Kạn.',
                          [
                            'Phối hợp kiểm tra dự án: Ứng dụng công nghệ phát triển bò thịt chất lượng cao thành hàng hoá theo chuỗi giá trị ở miền núi phía Bắc (',
                            i('Thuộc Dự án đầu tư hợp tác ba bên giữa Bộ, tỉnh Bắc Kạn và Đại diện nhà đầu tư'),
                            ').',
                          ],
                          'Tham mưu cho UBND tỉnh chỉ đạo một số sở, ngành, UBND các huyện thành phố kế thừa kết quả nghiên cứu các dự án ứng dụng công nghệ thông tin trong xây dựng các nhiệm vụ chuyển đổi số của các đơn vị, địa phương.',
                        ],
                      },
                    ],
                  },
                ],
              },
            },
            // 3. One heading over four areas; each area's item sits in its own section (no heading of its own).
            {
              type: 'heading',
              title: 'Công tác quản lý công nghệ và chuyên ngành',
              content: [
                {
                  type: 'section',
                  section: 'quan-ly-cong-nghe',
                  heading: false,
                  data: {
                    results: [
                      {
                        type: 'list',
                        items: [
                          [
                            'Công tác Quản lý công nghệ: Cho ý kiến góp ý điều chỉnh chủ trương đầu tư và dự án đối tư với 09 dự án',
                            fn(
                              'Cho ý kiến về công nghệ sử dụng của Dự án sản xuất silicon công nghiệp; Điều chỉnh Dự án Nhà máy chế biến gỗ Bắc Kạn; Thẩm định chủ trương đầu tư Dự án sản xuất ván dán và viên nén mùn cưa Bắc Kạn; Thẩm định Dự án nâng cấp hệ thống sản xuất chương trình truyền hình Bắc Kạn; Thẩm định chủ trương đầu tư Dự án xây dựng công trình khai thác và chế biến quặng chì – kẽm khu vực Phía Đăm – Khuổi Mạn, xã Bằng Thành, huyện Pác Nặm; Cho ý kiến thẩm định điều chỉnh chủ trương đầu tư và chủ trương đầu tư đối với các dự án: Dự án đầu tư xây dựng khai thác mỏ cát, sỏi Nà Đeo; cho ý kiến thẩm định dự án đầu tư mua sắm bổ sung trang thiết bị cho 08 Trung tâm y tế tuyến huyện; cho ý kiến thẩm định chủ trương đầu tư Dự án xây dựng công trình xưởng tuyển quặng ô xít chì, kẽm và thu hồi khoáng sản đi kèm; Dự án nhà máy điện phân chì, kẽm Bắc Kạn của Công ty TNHH Ngọc Linh',
                            ),
                            '. Tổng hợp báo cáo theo Kế hoạch số 365/KH-UBND về cuộc cách mạng 4.0 của UBND tỉnh.',
                          ],
                        ],
                      },
                    ],
                  },
                },
                {
                  type: 'section',
                  section: 'thong-tin-thong-ke',
                  heading: false,
                  data: {
                    results: [
                      {
                        type: 'list',
                        items: [
                          {
                            content: 'Công tác Thông tin tư liệu - Thống kê KHCN',
                            items: [
                              'Cấp 04 Giấy chứng nhận đăng ký kết quả nhiệm vụ khoa học và công nghệ mức độ 4 trên hệ thống một cửa, gồm: (1) đề tài: Nghiên cứu trồng thử nghiệm gừng trâu, củ kiệu, dưa chuột giống Nhật Bản làm nguyên liệu cho Công ty TNHH Việt Nam MISAKI; (2) đề tài: Nâng cao chất lượng công tác pháp chế phục vụ phát triển kinh tế - xã hội trên địa bàn tỉnh Bắc Kạn; (3) dự án: Ứng dụng khoa học và công nghệ phát triển cây cam sành tại Bắc Kạn; (4) đề tài: Xây dựng mô hình quản lý người bệnh tăng huyết áp và đái tháo đường theo nguyên lý y học gia đình tại tỉnh Bắc Kạn.',
                              'Duy trì hoạt động trang website Sở Khoa học và Công nghệ, thường xuyên cập nhật tin, bài, ảnh cho trang Website tuyên truyền các chủ trương, chính sách pháp luật của đảng, nhà nước, tuyên truyền kỷ niệm ngày thành lập đảng và chào mừng xuân Quý sửu năm 2023, Ngày sở hữu trí tuệ, ngày thành lập đoàn thanh niên cộng sản Hồ Chí Minh, ngày Giải phóng Miền nam - thống nhất đất nước, ngày Quốc tế Lao động, Ngày Khoa học và Công nghệ Việt Nam, Ngày sinh Chủ tịch Hồ Chí Minh v.v. Sửa đổi, bổ sung giấy phép thiết lập trang thông tin điện tử tổng hợp.',
                              [
                                'Xây dựng Kế hoạch phối hợp giữa Sở Khoa học và Công nghệ với Đài Phát thanh và Truyền hình Bắc Kạn về tuyên truyền về công tác khoa học và công nghệ trên sóng phát thanh và truyền hình, theo đó đến nay đã xây dựng phát sóng ',
                                count(25, 'số', { of: 48 }),
                                ' theo kế hoạch. Cung cấp 04 tin, bài viết cho Ban Tuyên giáo Tỉnh ủy để đăng trên Bản tin xây dựng đảng.',
                              ],
                              'Cấp 5000 cuốn Nông lịch năm 2023 cho các sở, UBND các xã, huyện, thành phố thuộc tỉnh. Tổng hợp, báo cáo thống kê khoa học và công nghệ năm 2022.',
                            ],
                          },
                        ],
                      },
                    ],
                  },
                },
                {
                  type: 'section',
                  section: 'so-huu-tri-tue',
                  heading: false,
                  data: {
                    results: [
                      {
                        type: 'list',
                        items: [
                          {
                            content: 'Sở hữu trí tuệ, khởi nghiệp ĐMST, sáng kiến',
                            items: [
                              'Tiếp tục phối hợp với Viện nông hóa thổ nhưỡng triển khai dự án chỉ dẫn địa lý Bí xanh thơm Bắc Kạn. Căn cứ theo tiến độ trong hợp đồng và thuyết minh nhiệm vụ được phê duyệt, Sở đã trình phê duyệt kế hoạch lựa chọn nhà thầu các gói thầu thuộc nhiệm vụ. tuy nhiên, hiện nay chưa nhận được phản hồi từ Cục Sở hữu trí tuệ về kết quả.',
                              'Tham mưu sửa đổi Quyết định 731/QĐ-UBND quy định về đánh giá, công nhận sáng kiến, đề tài nghiên cứu khoa học của các cá nhân để làm căn cứ xét tặng các danh hiệu thi đua, hình thức khen thưởng, được UBND tỉnh ban hành tại Quyết định số 713/QĐ-UBND ngày 24/4/2023.',
                              'Ban hành Kế hoạch tổ chức Hội thảo chuyên đề và Cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh Bắc Kạn lần thứ 3, năm 2023; Quyết định thành lập Ban tổ chức cuộc thi; Thể lệ cuộc thi. Phối hợp với Tỉnh đoàn, Hội Nông dân tỉnh, Hội liên hiệp Phụ nữ tỉnh, Liên minh các Hợp tác xã tỉnh tổ chức phát động cuộc thi khởi nghiệp, ĐMST năm 2023 đến các sở ngành và địa phương.',
                              'Xét, công nhận hiệu quả áp dụng và phạm vi ảnh hưởng của sáng kiến cấp tỉnh đợt 1, năm 2023 đã được UBND tỉnh ban hành Quyết định công nhận (có 01 sáng kiến). Tổ chức 01 Hội thảo về KH, ĐMST. Hướng dẫn 02 Hợp tác xã đăng ký sử dụng chỉ dẫn địa lý Miến dong. Hướng dẫn 01 Hợp tác xã đăng ký bảo hộ nhãn hiệu.',
                              'Thực hiện nhiệm vụ chuyển đổi số “Xây dựng hệ thống thông tin và cơ sở dữ liệu quản lý khoa học và công nghệ tỉnh”. Đến nay đã thực hiện cài đặt trên hạ tầng của Trung tâm dữ liệu của tỉnh; kiểm thử và ra báo cáo kiểm thử; cấp tài khoản và đường dẫn truy cập đến các phòng, đơn vị; tạo nhóm hỗ trợ các phòng ban nhập liệu dữ liệu vào hệ thống.',
                            ],
                          },
                        ],
                      },
                    ],
                  },
                },
                {
                  type: 'section',
                  section: 'an-toan-buc-xa',
                  heading: false,
                  data: {
                    results: [
                      {
                        type: 'list',
                        items: [
                          [
                            'Công tác an toàn bức xạ trên địa bàn tỉnh được đảm bảo, chủ động hướng dẫn các đơn vị, cơ sở sử dụng thiết bị X-quang y tế trên địa bàn tỉnh',
                            fn(
                              'Ban hành công văn đề nghị các đơn vị, cơ sở sử dụng thiết bị X-quang y tế trên địa bàn tỉnh cung cấp thông tin về nhân viên bức xạ, người phụ trách an toàn của cơ sở phục vụ công tác quản lý nhân sự hoạt động ATBX trong y tế; Công văn đề nghị các cơ quan, đơn vị làm hồ sơ gia hạn giấy phép trước 45 ngày giấy phép hết hiệu lực; văn bản về rà soát trang thiết bị bảo hộ cá nhân và thiết bị bảo vệ cho nhân viên bức xạ tại các cơ sở sử dụng thiết bị X-quang trong y tế; văn bản hướng dẫn Trung tâm Quy hoạch và Kiểm định xây dựng Bắc Kạn về quản lý nguồn phóng xạ qua sử dụng.',
                            ),
                            '. Trong 6 tháng đầu năm, tiếp nhận khai báo cho 01 thiết bị X-quang y tế; cấp chứng chỉ cho 01 nhân viên bức xạ; cấp 01 giấy phép tiến hành công việc bức xạ',
                            fn('Phòng khám đa khoa Hoàng Gia – Công ty Cổ phần Hoàng Gia Bắc Thái'),
                            '; cấp 04 giấy phép (gia hạn)',
                            fn('Trung tâm y tế huyện Ngân Sơn; Phòng khám đa khoa Tâm Bắc, Bệnh viện đa khoa tỉnh., TTYT thành phố'),
                            '; Trả lại 02 hồ sơ cấp giấy phép. Tổ chức kiểm tra 01 cơ sở sử dụng nguồn phóng xạ.',
                          ],
                        ],
                      },
                    ],
                  },
                },
              ],
            },
            // 4.
            {
              type: 'section',
              section: 'tieu-chuan-do-luong-chat-luong',
              title: 'Công tác tiêu chuẩn đo lường chất lượng',
              data: {
                subsections: [
                  {
                    title: 'Quản lý đo lường',
                    results: [
                      {
                        type: 'list',
                        items: [
                          'Hoàn thành việc xin cấp phép tiến hành công việc bức xạ (Lưu giữ nguồn phóng xạ đã qua sử dụng ) đã được cấp giấy phép số 327/GP-ATBXHN ngày 19/4/2023',
                          {
                            content: 'Hoàn thành các cuộc kiểm tra nhà nước về đo lường cụ thể:',
                            items: [
                              'Kiểm tra việc chấp hành các quy định của pháp luật về đo lường đối với các đơn vị quản lý, sử dụng đồng hồ đo nước lạnh trên địa bàn tỉnh năm 2023 tại 2 đơn vị quản lý và sử dụng Trạm cấp nước huyện Na rì và Chợ Mới.',
                              'Kiểm tra đo lường chất lượng xăng dầu năm 2023 trên địa bàn tỉnh Bắc Kạn tại 8 doanh nghiệp kinh doanh xăng dầu trên địa bàn các huyện, thành phố.',
                              'Kiểm tra việc thực hiện quy định về hoạt động kiểm định hiệu chuẩn phương tiện đo tại 02 đơn vị trên địa bàn tỉnh.',
                              'Kiểm tra phương tiện đo nhóm 2 do công an tỉnh quản lý, sử dụng tại 11 đơn vị trên địa bàn tỉnh.',
                            ],
                          },
                          'Xây dựng Kế hoạch triển khai nội dung tăng cường, đổi mới hoạt động đo lường hỗ trợ doanh nghiệp trên địa bàn tỉnh năm 2022 theo Kế hoạch số 436/KH-UBND ngày 23/7/2019 của UBND tỉnh về thực hiện Quyết định số 996/QĐ-TTg ngày 10/8/2018 của Thủ tướng Chính phủ.',
                          'Báo cáo kết quả thực hiện đề án theo quyết định số 996/QĐ-TTg của thủ tướng Chính phủ về tăng cường đổi mới hoạt động đo lường hỗ trợ doanh nghiệp Việt nam nâng cao năng lực cạnh tranh và hội nhập quốc tế.',
                        ],
                      },
                    ],
                  },
                  {
                    title: 'Quản lý chất lượng',
                    results: [
                      {
                        type: 'list',
                        items: [
                          'Hoàn thành kiểm tra chất lượng sản phẩm, hàng hóa dịp trước, trong và sau Tết Nguyên đán Quý Mão năm 2023 tại 09 cơ sở; kiểm tra nhãn hàng hóa, mã số mã vạch tại các cơ sở sản xuất, kinh doanh hàng đóng gói sẵn trên địa bàn tỉnh tại 12 cơ sở.',
                          'Hướng dẫn 04 cơ sở xin cấp lại giấy chứng nhận và đăng ký mã số mã vạch.',
                          'Tham mưu ban hành Kế hoạch số 46/KH-UBND ngày 31/01/2023 về việc duy trì, áp dụng và cải tiến hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 năm 2023 của tỉnh; Kế hoạch triển khai các hoạt động Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” năm 2023; Kế hoạch triển khai thực hiện chương trình “mỗi xã phường một sản phẩm “OCOP” năm 2023.',
                          'Hướng dẫn ghi nhãn hàng hóa, đăng ký mã số mã vạch cho sản phẩm rượu thóc xã Tân Lập; triển khai chương trình giải thưởng chất lượng quốc gia.',
                          'Xây dựng kế hoạch triển khai hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng sản phẩm hàng hóa năm 2023.',
                        ],
                      },
                    ],
                  },
                  {
                    title: 'Quản lý tiêu chuẩn, quy chuẩn kỹ thuật',
                    results: [
                      'Thực hiện việc duy trì công tác tra cứu kho tiêu chuẩn cung cấp cho các tổ chức, doanh nghiệp khi có nhu cầu. Hướng dẫn trình tự, hồ sơ công bố hợp chuẩn, hợp quy và xây dựng tiêu chuẩn cơ sở cho sản phẩm, hàng hóa.',
                    ],
                  },
                  {
                    title: 'Công tác khác',
                    results: [
                      'Cử công chức tham gia cùng Đội Quản lý thị trường số 1 về kiểm tra xăng dầu. Tham gia tiêu hủy tang vật vi phạm hành chính bị áp dụng biện pháp khắc phục hậu quả là buộc tiêu hủy tại Đội QLTT số 3- Cục QLTT. Tham gia lớp Hội nghị tập huấn Hội nhập kinh tế năm 2023. Cử công chức tham gia hội đồng đánh giá phân hạng sản phẩm OCOP huyện Chợ Mới và Ngân Sơn.',
                    ],
                  },
                ],
              },
            },
            // 5.
            {
              type: 'section',
              section: 'thanh-tra',
              title: 'Công tác thanh tra',
              data: {
                subsections: [
                  {
                    title: 'Thanh tra chuyên ngành',
                    results: [
                      {
                        type: 'list',
                        items: [
                          'Tổng số cuộc thực hiện: 02 cuộc thanh tra chuyên ngành theo kế hoạch của năm 2023.',
                          'Những lĩnh vực thanh tra, kiểm tra chủ yếu: Tiêu chuẩn đo lường chất lượng, nhiệm vụ khoa học và công nghệ.',
                          'Số cuộc đã ban hành kết luận: 02',
                          'Số tổ chức, cá nhân được thanh tra: 01 tổ chức và 04 đơn vị',
                        ],
                      },
                      [
                        'Kết quả thanh tra: Giảm trừ thanh toán số tiền là ',
                        {
                          type: 'figure',
                          value: 45998409,
                          format: 'money',
                          words: 'Bốn mươi năm triệu, chín trăm chín mươi tám nghìn, bốn trăm linh chín đồng',
                        },
                        '.',
                      ],
                      'Kết quả thực hiện kết luận, quyết định xử phạt qua thanh tra, kiểm tra: Không phát sinh',
                    ],
                  },
                  {
                    title: 'Kết quả việc chỉ đạo, điều hành; xây dựng, hoàn thiện thể chế và tuyên truyền, phổ biến, giáo dục pháp luật về thanh tra',
                    results: [
                      {
                        type: 'list',
                        items: [
                          'Xây dựng Kế hoạch về Công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2023; Kế hoạch kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật và pháp chế năm 2023.',
                          // The source breaks off after "thông" (the rest of the sentence is missing from the source).
                          'Triển khai đầy đủ các văn bản chỉ đạo của tỉnh đối với công tác tiếp công dân, giải quyết khiếu nại, tố cáo. Tuyên truyền phổ biến Luật Tiếp công dân, Luật Khiếu nại, Luật tố cáo và các văn bản có liên quan đến toàn thể công chức, viên chức, người lao động thông',
                        ],
                      },
                    ],
                  },
                ],
              },
            },
            // 6.
            {
              type: 'section',
              section: 'van-phong-to-chuc',
              title: 'Công tác Văn phòng',
              data: {
                results: [
                  {
                    type: 'list',
                    items: [
                      'Tổng hợp - hành chính: Thực hiện tổng hợp, báo cáo định kì, đột xuất đúng tiến độ. Tổ chức Hội nghị tổng kết công tác khoa học và công nghệ năm 2022, Hội nghị CCVCNLD năm 2023. Hoàn thiện, ban hành các quy chế nội bộ của đơn vị. Tổ chức tốt các hoạt động kỷ niệm Ngày khoa học và công nghệ Việt Nam (18/5). Duy trì đảm bảo công tác văn thư, lưu trữ, phục vụ. Góp ý đầy đủ các văn bản do các cấp trên, các đơn vị khác đề nghị.',
                      'Tổ chức cán bộ: Thực hiện đầy đủ các chế độ, chính sách đối với CCVCNLD. Hoàn thành thi tuyển tuyển dụng viên chức sự nghiệp. Rà soát, bổ sung quy hoạch cán bộ giai đoạn 2021 -2026. Xây dựng kế hoạch đào tạo, bồi dưỡng công chức, viên chức 2023. Báo cáo kết quả thực hiện việc kiểm điểm và đánh giá, xếp loại chất lượng hàng năm đối với tập thể, cá nhân cán bộ lãnh đạo, quản lý Sở Khoa học và Công nghệ theo Quy định 132-QĐ/TW và Hướng dẫn số 21-HD/BTCTW (từ năm 2018 đến nay). Thực hiện thủ tục nghỉ thai sản đối với 01 lao động hợp đồng, tuyển dụng 01 lao động hợp đồng. Bổ nhiệm lại 01 vị trí phó giám đốc Sở. Tổ chức xét thăng hạng viên chức. Chuyển đổi lao động hợp đồng theo Nghị định 111. Xây dựng Quy chế bổ nhiệm, bổ nhiệm lại, điều động, miễn nhiệm, từ chức đối với công chức, viên chức giữ chức vụ lãnh đạo, quản lý. Xây dựng kế hoạch điều động, bổ nhiệm cán bộ lãnh đạo cấp phòng, đơn vị thuộc Sở năm 2023.',
                      'Thi đua khen thưởng: Lập hồ sơ đề nghị khen thưởng tập thể, cá nhân có thành tích trong công tác quản lý SHTT và được Bộ KH&CN tặng Bằng khen; xây dựng kế hoạch triển khai thực hiện Phong trào thi đua "Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí", kế hoạch thực hiện công tác thi đua, khen thưởng năm 2023. Tiếp tục thực hiện tuyên truyền về thi đua yêu nước; biểu dương, nhân rộng điển hình tiên tiến ngành KH&CN trên phương tiện truyền thông đại chúng năm 2023, trong đó 01 cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh. Năm 2023, Sở được phân công là đơn vị phó khối thi đua, đã tổ chức triển khai đầy đủ các quy chế, kế hoạch năm.',
                      [
                        'Công tác CCHC: Giải trình, bổ sung tài liệu kiểm chứng để đánh giá CCHC năm 2022, kết quả xếp loại Tốt, đứng vị trí thứ ',
                        { type: 'figure', value: 6, format: 'number', of: 19, unit: 'sở, ngành' },
                        '. Chỉ số năng lực cạnh tranh xếp vị trí thứ 3 trên các đơn vị của tỉnh. Xây dựng kế hoạch CCHC, kiểm soát TTHC, rà soát đánh giá TTHC, truyền thông CCHC, thực hiện TTHC trên môi trường điện tử, kế hoạch ISO, chuyển đổi số... Rà soát xây dựng 01 TTHC nội bộ. Hoàn thành rà soát, đánh giá TTHC, kết quả có 05 TTHC có kiến nghị đơn giản hóa. ',
                        { type: 'figure', value: 100, format: 'percent' },
                        ' hồ sơ giải quyết TTHC đúng hạn, trước hạn.',
                      ],
                      'Công tác kế hoạch - tài chính: Trình UBND tỉnh Kế hoạch khoa học - công nghệ và đổi mới sáng tạo đến năm 2025. Chế độ lương, BHXH, BHYT đối với CCVCNLD được đảm bảo. Tổ chức thẩm định giá (thuê đơn vị tư vấn) thẩm định giá mua sắm vật tư, phân bón, cây giống đối với 03 dự án: Chè shan tuyết Chợ Mới; ngô sinh khối; Thạch đen Na Rì. Tổ chức lựa chọn nhà thầu để kiểm thử phần mềm nhiệm vụ chuyển đổi số khoa học và công nghệ. Quyết toán kinh phí 01 đề tài, thẩm định kinh phí 07 dự án, kiểm tra tiến độ kinh phí 02 đề tài, dự án. Hoàn thiện hồ sơ gửi Sở Tài chính xem xét, thẩm định bán tài sản công (Trạm Nghiên cứu Đồn Đền). Hoàn thành thủ tục mua sắm 01 xe ô tô; hoàn thành sửa chữa nhà làm việc 02 tầng; hoàn thành tổ chức mua sắm trang thiết bị hội trường và phòng làm việc của Sở.',
                      'Nhiệm vụ khác: Xây dựng kế hoạch thực hiện dân chủ, dân vận chính quyền, xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc. Cử thành viên tham gia Ban Chỉ đạo 138 tỉnh và Tổ giúp việc cho BCD 138 tỉnh. Tổ chức làm việc và triển khai các nội dung hỗ trợ xây dựng nông thôn mới tại xã Tân Lập, huyện Chợ Đồn. Hoàn thành huấn luyện dân quân tự vệ năm 2023.',
                    ],
                  },
                ],
              },
            },
            // 7.
            {
              type: 'section',
              section: 'hoat-dong-su-nghiep',
              title: 'Công tác ứng dụng KH-CN và Tiêu chuẩn đo lường chất lượng',
              data: {
                results: [
                  {
                    type: 'list',
                    items: [
                      {
                        content: [i('Công tác nghiên cứu, ứng dụng và chuyển giao công nghệ')],
                        items: [
                          [
                            'Sản xuất giống nấm được ',
                            { type: 'figure', value: 1350, format: 'number', of: 4000 },
                            'kg cung ứng cho các hộ nuôi trồng nấm; ',
                            { type: 'figure', value: 8500, format: 'number', of: 15000, unit: 'bịch' },
                            ' nấm thương phẩm.',
                          ],
                          'Tiếp tục hoàn thiện quy trình thử nghiệm các loại chế phẩm sinh học BiO-BK1, BiO-BK2, BiO-BK3.',
                          'Nhân 120 bịch chồi, nhân tạo hoàn chỉnh 1.125 cây dâu tây; nhân 400 bịch chồi, xuất bán 2.000 cây mạ lan Kim Tuyền; nhân 5 bịch chồi Bạch Đàn, nhân 7 bịch chồi cây Keo.',
                          'Chăm sóc, duy trì, dịch vụ các loài hoa lan của vườn hoa lan tại Trung tâm. Trồng, cà chua, hoa và cây cảnh trong nhà lưới theo mùa vụ (100m² nhà lưới), chuẩn bị giống, vật tư, cơ sở vật chất để trồng vào vụ hè thu.',
                          'Nghiên cứu khác: Đang tiếp tục hoàn thiện quy trình sơ chế, chế biến một số loại nông sản bản địa tạo giá trị kinh tế (khoai lang sấy dẻo, cam sấy dẻo, cam sấy lạnh)',
                          [
                            'Thực hiện dự án “ Ứng dụng công nghệ sinh học xây dựng mô hình nuôi trồng nấm dược liệu Linh Chi (',
                            i('Ganoderma lucidum'),
                            '), nấm Vân Chi (',
                            i('Trametes versicolor'),
                            ') từ nguyên liệu ngọn, cành, mùn cưa cây Keo tại tỉnh Bắc Kạn” và Đề tài “Nghiên cứu tuyển chọn chủng vi sinh vật gốc và sản xuất thử nghiệm chế phẩm sinh học phục vụ sản xuất rau, quả hữu cơ tại tỉnh Bắc Kạn” theo tiến độ tại Thuyết minh đã được phê duyệt.',
                          ],
                          'Tiếp tục phối hợp với Trung tâm dịch vụ huyện Chợ Đồn thực hiện đề tài “Nghiên cứu và phát triển cây Đào toáng tại xã Nam Cường, huyện Chợ Đồn; phối hợp với Viện Nghiên cứu và phát triển vùng thực hiện đề tài cấp Quốc gia “Nghiên cứu phát triển các sản phẩm nông, lâm nghiệp đặc thù theo chuỗi giá trị phục vụ du lịch khu vực vùng Hồ Ba Bể và vùng phụ cận”.',
                          'Tiếp tục tư vấn liên kết cho các dự án triển khai trong năm 2022 và các dự án phê duyệt danh mục triển khai năm 2023 tại Chợ Đồn, Ngân Sơn, Chợ Mới. Phối hợp với Viện nghiên cứu và phát triển Vùng triển khai xây dựng mô hình nuôi trồng hoa lan thuộc đề tài cấp quốc gia: Phối hợp tìm nguồn giống, chỉ đạo nhân giống bằng phương pháp tách thân, chỉ đạo chăm sóc, phòng trừ sâu bệnh cho các mô hình.',
                        ],
                      },
                      {
                        content: [{ type: 'text', text: 'Công tác dịch vụ khoa học và công nghệ', bold: true, italic: true }],
                        items: [
                          'Dịch vụ tiêu chuẩn đo lường chất lượng: Kiểm định 60 chiếc cân; kiểm định 89 huyết áp kế; đo điện trở tiếp địa 37 hệ thống; thử nghiệm 110 mẫu vật liệu xây dựng; kiểm định 40 cột xăng dầu; kiểm định đối chứng 2.629 chiếc công tơ điện. Ngoài ra, phối hợp với Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Phú Thọ kiểm định phương tiện đo trong lĩnh vực y tế tại Bệnh viện Đa khoa Bắc Kạn và Trung tâm Y tế thành phố; phối hợp với Chi nhánh xăng dầu kiểm tra, đo điện trở tiếp địa Hệ thống các cửa hàng thuộc Chi nhánh xăng dầu tỉnh Bắc Kạn; phối hợp với Công ty Điện lực Bắc Kạn ký hợp đồng Kiểm định đối chứng Công tơ điện năm 2023.',
                          'Tham gia tập huấn chuyển giao khoa học kỹ thuật chăn nuôi lợn bản địa bằng thảo dược thuộc mô hình chăn nuôi lợn bản địa bằng thảo dược tại xã Yên Dương huyện Ba Bể với 30 học viên tham gia.',
                          'Tiếp tục thực hiện tư vấn liên kết với 04 hợp tác xã, trong đó có Hợp tác xã Nông nghiệp Ngọc Hải thực hiện dự án “Liên kết chăn nuôi gắn với tiêu thụ vịt siêu thịt thương phẩm” tại xã Nam Cường (2021-2023), Hợp tác xã Phương Đông thực hiện “Dự án chuỗi liên kết nuôi vịt siêu thịt thương phẩm” tại xã Phương Viên (2022-2024), Hợp tác xã Thành Công thực hiện dự án “Liên kết trong sản xuất và tiêu thụ sản phẩm nấm Sò, nấm Mộc nhĩ” tại xã Ngọc Phái(2022-2024). Hợp tác xã An Bình thực hiện dự án “Dự án liên kết trong sản xuất và tiêu thụ củ kiệu” tại xã Ngọc Phái (2022-2024).',
                          'Tư vấn cho các Hợp tác xã, doanh nghiệp xây dựng hồ sơ dự án liên kết giai đoạn 2023-2025.',
                        ],
                      },
                      'Công tác khác: Trung tâm đề xuất 01 nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2024 (Dự án Xây dựng mô hình ứng dụng công nghệ cao tưới nhỏ giọt của Israel cho cây ăn quả, cây chè trên đất dốc tại tỉnh Bắc Kạn). Thành lập tổ dự thảo xây dựng định mức kinh tế kỹ thuật, định mức chi phí đối với các danh mục sự nghiệp công sử dụng ngân sách nhà nước thuộc lĩnh vực khoa học và công nghệ. Xây dựng dự toán xin kinh phí, triển khai thực hiện hỗ trợ mô hình trồng lúa thực hiện mô hình kỹ thuật sản xuất lúa gắn với liên kết tiêu thụ sản phẩm theo nghị định số 35 của chính phủ. Xây dựng kế hoạch đào tạo về tiêu chuẩn đo lường chất lượng trình Sở Khoa học và Công nghệ cấp kinh phí để có cơ sở cử cán bộ đi đào tạo. Tham dự Hội thảo “Thúc đẩy hoạt động ứng dụng, chuyển giao công nghệ và ĐMST khu vực phía Bắc và Bắc Trung Bộ”. Cử 01 viên chức tham gia lớp Phương pháp đo điện trở cách điện, điện trở tiếp địa và phương pháp thử nghiệm độ bền cách điện.',
                    ],
                  },
                ],
              },
            },
          ],
        },
      ],
    },
    // B. ĐÁNH GIÁ CHUNG
    {
      part: 'assessment',
      content: [
        {
          type: 'section',
          section: 'danh-gia-chung',
          heading: false,
          data: {
            titles: { weaknesses: 'Hạn chế và nguyên nhân' },
            strengths: [
              'Ngay từ đầu năm, Lãnh đạo Sở chỉ đạo quyết liệt, sát sao các nhiệm vụ của ngành; xây dựng kế hoạch cụ thể, chi tiết và lộ trình thực hiện đến từng phòng, đơn vị của Sở. Phát động phong trào thi đua sôi nổi, khuyến khích công chức, viên chức, người lao động hăng say làm việc, phấn đấu hoàn thành tốt các nhiệm vụ được giao. Trong quá trình thực hiện, phát hiện và xử lý kịp thời các nhiệm vụ phát sinh, gặp khó khăn. Vì vậy, trong tháng, các nhiệm vụ cơ bản hoàn thành đúng tiến độ, chất lượng.',
            ],
            weaknesses: [
              {
                type: 'list',
                items: [
                  [
                    'Công tác quản lý khoa học: Một số nhiệm vụ đến hạn nghiệm thu nhưng phải gia hạn thời gian thực hiện, gia hạn thời gian nộp hồ sơ nghiệm thu cấp tỉnh (Gia hạn thời gian thực hiện dự án: ',
                    i('Vịt bầu cổ xanh; dự án Nấm Linh chi, vân chi; đề tài chứng vi sinh vật gốc'),
                    '; gia hạn thời gian nộp hồ sơ, dự án ',
                    i('Xây dựng mô hình quản lý người bệnh tăng huyết áp và đái tháo đường, đề tài cấp Quốc gia: nghiên cứu giải pháp ứng phó với một số thiên tai'),
                    ') do hồ sơ nghiệm thu cần phải hoàn thiện, bổ sung.',
                  ],
                  'Công tác quản lý công nghệ và chuyên ngành: Nhiệm vụ chuyên đổi số “Xây dựng hệ thống thông tin và cơ sở dữ liệu quản lý khoa học và công nghệ tỉnh” còn chậm tiến độ so với Hợp đồng do việc nhập dữ liệu còn nhiều nội dung chưa thống nhất.',
                  'Công tác quản lý tiêu chuẩn đo lường chất lượng: Hoạt động triển khai đề án áp dụng và quản lý truy xuất nguồn gốc theo quyết định số 100/QĐ-TTg ngày 19/01/2019 của thủ tướng chính phủ còn gặp nhiều khó khăn. Do hiện nay, Chính phủ đã ban hành Nghị định số 13/2022/NĐ-CP ngày 21/01/2022 trong đó đã bổ sung quy định quản lý nhà nước về truy xuất nguồn gốc nhưng đến nay Bộ Khoa học và Công nghệ chưa ban hành hướng dẫn cụ thể chi tiết việc quản lý nhà nước về Truy xuất nguồn gốc sản phẩm hàng hóa.',
                  'Văn phòng Sở: Công tác tham mưu cấp tạm ứng kinh phí đối với các nhiệm vụ KH&CN chưa kịp thời; một số nhiệm vụ KH&CN việc thanh toán tạm ứng của cơ quan chủ trì còn chậm.',
                  'Trung tâm: 02 nhiệm vụ KH&CN do Trung tâm chủ trì còn chậm so với tiến độ, cụ thể là Dự án nắm Linh chi và Vân chi; Dự án Chế phẩm sinh học do ảnh hưởng của thời tiết cực đoan nên phải xin gia hạn thêm 3 tháng để hoàn thiện các nội dung của nhiệm vụ. Một số trang thiết bị đo lường đơn vị đề xuất đầu tư, mua sắm mới nhằm đáp ứng nhu cầu của thị trường, khách hàng. Tuy nhiên, đến nay việc mua sắm chậm do đó khó khăn cho việc mở rộng lĩnh vực dịch vụ TĐC.',
                ],
              },
            ],
          },
        },
      ],
    },
    // C. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023
    {
      part: 'plans',
      content: [
        {
          type: 'section',
          section: 'nghien-cuu-khcn',
          title: 'Quản lý khoa học',
          data: {
            plans: [
              {
                type: 'list',
                items: [
                  [
                    'Các ĐTDA chuyển tiếp: Tăng cường bám nắm tình hình thực hiện các ĐTDA tại các địa bàn triển khai thực hiện theo tiến độ, nội dung đã được phê duyệt. Kiểm tra định kỳ, đột xuất các ĐTDA theo kế hoạch. Nghiệm thu cấp tỉnh 06 đề tài, dự án: Chuối tây; Nấm Linh chi; Tuyển chọn chủng vi sinh vật gốc; Tuyên giáo cơ sở; Thiên tai Ba Bê; Vịt bầu cổ xanh. Tham mưu xử lý những khó khăn, vướng mắc phát sinh trong theo dõi, quản lý các ĐTDA.',
                  ],
                  'Các nhiệm vụ thực hiện từ năm 2023 (07 ĐTDA cấp tỉnh): Ký hợp đồng thực hiện sau khi có Quyết định phê duyệt của Chủ tịch UBND tỉnh, đơn đốc các đơn vị thực hiện theo kế hoạch.',
                  'Nhiệm vụ thực hiện từ năm 2024: Tham mưu họp Hội đồng KH&CN xác định danh mục nhiệm vụ, trình UBND tỉnh phê duyệt danh mục, tổ chức họp Hội đồng KH&CN tuyển chọn, giao trực tiếp tổ chức và cá nhân chủ trì thực hiện.',
                  'Tổ chức đánh giá, hiệu quả nhân rộng các đề tài dự án giai đoạn 2016-2022 tại các đơn vị, địa phương theo kế hoạch đã ban hành.',
                  'Tổng kết, đánh giá "Quy chế ứng dụng, nhân rộng đề tài, dự án KH&CN trên địa bàn tỉnh" đã được UBND tỉnh ban hành tại Quyết định số 25/2017/QĐ-UBND ngày 29/8/2017.',
                ],
              },
            ],
          },
        },
        {
          type: 'section',
          section: 'quan-ly-cong-nghe',
          title: 'Quản lý công nghệ và chuyên ngành',
          data: {
            plans: [
              {
                type: 'list',
                items: [
                  'Tiếp tục triển khai thực hiện các nhiệm vụ quản lý nhà nước về công nghệ - thị trường công nghệ, thông tin KH&CN, SHTT, ATBX trên địa bàn tỉnh.',
                  'Phối hợp với các đơn vị liên quan xây dựng tin bài, chuyên mục về hoạt động KH&CN trên địa bàn tỉnh; cập nhật tin, bài, ảnh cho Trang thông tin điện tử Thư viện số sản xuất nông lâm nghiệp của Sở. Xuất bản Nông lịch Bắc Kạn năm 2024.',
                  'Hướng dẫn, hỗ trợ doanh nghiệp thành lập doanh nghiệp khoa học công nghệ; tiếp tục tuyên truyền, hỗ trợ các doanh nghiệp, cá nhân có nhu cầu đăng ký xác lập quyền sở hữu trí tuệ.',
                  'Tổ chức xét, đánh giá phạm vi ảnh hưởng và hiệu quả áp dụng của sáng kiến đề tài của các cá nhân trên địa bàn tỉnh năm 2023.',
                  'Tổ chức triển khai cuộc thi Khởi nghiệp ĐMST năm 2023.',
                  'Thực hiện biên tập, số hóa các đề tài, dự án đang triển khai và đã nghiệm thu cập nhật lên cơ sở dữ liệu quốc gia về khoa học và công nghệ.',
                ],
              },
            ],
          },
        },
        {
          type: 'section',
          section: 'thanh-tra',
          title: 'Công tác thanh tra',
          data: {
            plans: [
              {
                type: 'list',
                items: [
                  [
                    'Xây dựng kế hoạch tổ chức, triển khai thực hiện ',
                    count(3, 'cuộc thanh tra', {
                      breakdown: [
                        { label: 'thanh tra việc chấp hành các quy định của pháp luật về An toàn bức xạ hạt nhân', value: 1 },
                        { label: 'thanh tra việc tổ chức, thực hiện nhiệm vụ khoa học và công nghệ', value: 2 },
                      ],
                    }),
                    ' (01 cuộc thanh tra Thanh tra việc chấp hành các quy định của pháp luật về An toàn bức xạ hạt nhân; 02 cuộc thanh tra việc tổ chức, thực hiện nhiệm vụ khoa học và công nghệ)',
                  ],
                  'Thực hiện các nhiệm vụ về tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng, công tác pháp chế theo kế hoạch đã ban hành.',
                ],
              },
            ],
          },
        },
        {
          type: 'section',
          section: 'tieu-chuan-do-luong-chat-luong',
          title: 'Quản lý tiêu chuẩn - đo lường - chất lượng',
          data: {
            plans: [
              {
                type: 'list',
                items: [
                  'Triển khai đề án áp dụng và quản lý truy xuất nguồn gốc theo quyết định số 100/QĐ-TTg ngày 19/01/2019 của Thủ tướng Chính phủ tại Quyết định 1633/QĐ-UBND ngày 9/9/2020 của UBND tỉnh.',
                  'Triển khai Kế hoạch số 436/KH-UBND ngày 23/7/2019 của UBND tỉnh về thực hiện Quyết định số 996/QĐ-TTg ngày 10/8/2018 của Thủ tướng Chính phủ.',
                  'Triển khai Quyết định số 1852/QĐ-UBND ngày 14/10/2020 của UBND tỉnh về chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng xuất chất lượng sản phẩm hàng hóa giai đoạn 2021-2030.',
                  'Tiếp tục hướng dẫn ghi nhãn hàng hóa và đăng ký quyền sử dụng mã số mã vạch theo yêu cầu của tổ chức cá nhân.',
                ],
              },
            ],
          },
        },
        {
          type: 'section',
          section: 'van-phong-to-chuc',
          title: 'Công tác văn phòng, kế hoạch tài chính',
          data: {
            plans: [
              {
                type: 'list',
                items: [
                  'Tổng hợp - hành chính, thi đua khen thưởng: Thực hiện tổng hợp, báo cáo định kì, đột xuất đúng tiến độ. Duy trì đảm bảo công tác văn thư, lưu trữ, phục vụ. Thực hiện các nội dung của Phó khối thi đua VHXH theo chương trình công tác của Khối thi đua. Tổ chức đánh giá thi đua khen thưởng năm 2023.',
                  'Tổ chức cán bộ: Tiếp tục thực hiện điều động, bổ nhiệm các vị trí lãnh đạo cấp phòng và trung tâm theo Kế hoạch đã ban hành.',
                  'Công tác CCHC: Trình công bố, công khai TTHC thay đổi, tiếp nhận và giải quyết hồ sơ TTHC đảm bảo đúng hạn, trước hạn. Chuẩn bị hồ sơ, báo cáo phục vụ đoàn kiểm tra CCHC của tỉnh.',
                  'Công tác kế hoạch - tài chính: Tiếp tục thực hiện tốt chế độ tiền lương, BHXH, BHYT đối với CCVCNLD. Thực hiện thủ tục thẩm định giá, lựa chọn nhà thầu và tổ chức kiểm tra, thanh quyết toán đối với đề tài, dự án đến hạn. Tiếp tục xử lý tài sản các nhiệm vụ khoa học và công nghệ.',
                  'Nhiệm vụ khác: Báo cáo 6 tháng các nội dung về công tác thanh niên, bình đẳng giới, dân chủ... Thực hiện đầy đủ các nội dung về phòng cháy chữa cháy, an toàn an ninh, dân quân tự vệ.',
                ],
              },
            ],
          },
        },
        {
          type: 'section',
          section: 'hoat-dong-su-nghiep',
          title: 'Công tác ứng dụng KH-CN và Tiêu chuẩn Đo lường Chất lượng',
          data: {
            plans: [
              {
                type: 'list',
                items: [
                  'Sản xuất nắm theo kế hoạch và mùa vụ cung ứng theo nhu cầu của khách hàng. Tiếp tục duy trì chăm sóc các bình cây trong phòng thí nghiệm. Chăm sóc vườn lan của đề tài lan. Trồng các loại rau màu trong nhà lưới tại Trung tâm;',
                  'Tổ chức nghiệm thu cơ sở và nghiệm thu cấp tỉnh 02 nhiệm vụ khoa học và công nghệ do Trung tâm là đơn vị chủ trì.',
                  'Tiếp tục tham gia tư vấn các dự án liên kết sản xuất và tiêu thụ sản phẩm nông nghiệp năm 2023 cho các hợp tác xã;',
                  'Triển khai thực hiện mô hình nuôi trồng lan thuộc đề tài cấp Quốc gia do Viện vùng triển khai trong năm 2023: Cấp vật tư, giống, tập huấn kỹ thuật, chỉ đạo nhân giống, chăm sóc;',
                  'Tiếp tục Kiểm định đối chứng công tơ điện, Kiểm định cân Bưu chính; kiểm định định kỳ phương tiện đo nhóm 2 theo quy định; thử nghiệm mẫu VLXD, đo điện trở tiếp địa theo nhu cầu của khách hàng. Đánh giá giám sát lĩnh vực VILAS 380. Bảo dưỡng thường xuyên các trang thiết bị đo lường, thử nghiệm. Hiệu chuẩn trang thiết bị chuẩn đo lường, thử nghiệm phục vụ công tác chuyên môn;',
                  'Tham gia đoàn kiểm tra đo lường khi có yêu cầu của cơ quan quản lý nhà nước;',
                  'Xây dựng định mức kinh tế kỹ thuật, định mức chi phí đối với các danh mục sự nghiệp công sử dụng ngân sách nhà nước thuộc lĩnh vực khoa học và công nghệ;',
                  'Tiếp tục triển khai thực hiện hỗ trợ mô hình trồng lúa theo Nghị định 35 của chính phủ.',
                ],
              },
            ],
          },
        },
      ],
    },
  ],
  closing: [
    `Trên đây là Báo cáo báo cáo kết quả thực hiện ${QD_2519}, Nghị quyết số 11/NQ-CP của Chính phủ và tình hình kinh tế - xã hội 6 tháng đầu năm 2023 của Sở Khoa học và Công nghệ./.`,
  ],
  signer: { mode: 'direct', title: 'GIÁM ĐỐC', name: 'Nguyễn Đình Điệp' },
  recipients: {
    note: 'Bản điện tử:',
    items: ['Như trên;', 'Bộ KH&CN (b/c);', 'UBND tỉnh (b/c);', 'Ban GD Sở;', 'Các ĐV Khối VHXH;', 'Các phòng, đơn vị;', 'Lưu: VT, VP.'],
  },
};
