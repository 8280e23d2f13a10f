/**
 * Seed 001: Sở KH&CN Lạng Sơn, báo cáo kết quả hoạt động KH&CN 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối
 * năm 2021 (draft: số and ngày left blank). Same province and profile as seed 000, a year earlier. Wording and figures
 * as in the source, typos and the source's own inconsistencies included (the validator reports them).
 */
import type { ReportInput } from '@baocao-khcn/core';
import type { allSections } from '@baocao-khcn/sections';

export const report: ReportInput<typeof allSections> = {
  kind: 'bao-cao',
  issueDate: { year: 2021, month: 5 },
  period: { kind: 'half', year: 2021, half: 1 },
  to: ['Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn'],
  basis: [
    {
      kind: 'Công văn',
      number: '684/SKHĐT-THKTXH',
      date: '2021-04-29',
      issuer: 'Sở Kế hoạch và Đầu tư',
      subject:
        'về việc báo cáo tình hình thực hiện kế hoạch phát triển KT-XH 6 tháng đầu năm; nhiệm vụ, giải pháp 6 tháng cuối năm 2021',
    },
  ],
  body: [
    {
      part: 'assessment',
      title: 'ĐÁNH GIÁ CHUNG.',
      content: [
        {
          type: 'section',
          section: 'danh-gia-chung',
          heading: false,
          data: {
            results: [
              'Trong 6 tháng đầu năm 2020, bên cạnh việc thực hiện tốt công tác phòng chống dịch Covid – 19, đơn vị đã tập trung chỉ đạo triển khai đồng bộ các hoạt động về KH-CN. Các đề tài, dự án được lựa chọn nghiên cứu triển khai thực hiện đều có khả năng ứng dụng trong thực tiễn, mang lại hiệu quả thiết thực góp phần quyết định nâng cao năng suất, chất lượng và hiệu quả sản xuất kinh doanh, chuyển dịch cơ cấu kinh tế địa phương. Hoạt động triển khai ứng dụng tiến bộ KH-CN vào đời sống, sản xuất được đẩy mạnh góp phần nâng cao giá trị sản phẩm và thu nhập cho bà con nông dân. Một số sản phẩm chủ lực, sản phẩm xuất khẩu của địa phương đã được bảo hộ tài sản trí tuệ góp phần phát triển thương hiệu, nâng cao giá trị kinh tế... Hoạt động đánh giá thẩm định, thẩm tra và góp ý cho các dự án đầu tư trên địa bàn đã góp phần hạn chế và sàng lọc được các thiết bị công nghệ lạc hậu, lỗi thời, công nghệ có khả năng gây ô nhiễm môi trường, công nghệ cấm chuyển giao đầu tư vào địa bàn tỉnh. Hoạt động quản lý an toàn bức xạ hạt nhân được thực hiện nghiêm túc, đảm bảo an ninh phóng xạ trên địa bàn tỉnh. Công tác Tiêu chuẩn đo lường chất lượng được duy trì và hoạt động có hiệu quả cùng với công tác thanh tra, kiểm tra nhà nước về đo lường, chất lượng, ghi nhãn hàng hóa đối với hàng đóng gói sẵn và các sản phẩm, hàng hóa lưu thông trên thị trường được chú trọng góp phần hạn chế, ngăn chặn được các sản phẩm kém chất lượng, hàng giả, hàng nhái góp phần bảo vệ quyền lợi người tiêu dùng....',
            ],
          },
        },
      ],
    },
    {
      part: 'results',
      content: [
        {
          type: 'section',
          section: 'tham-muu',
          title: 'Công tác tham mưu.',
          data: {
            results: [
              'Với chức năng nhiệm vụ được giao, trong 6 tháng đầu năm 2021 Sở Khoa học và Công nghệ đã tham mưu cho tỉnh ban hành một số văn bản chỉ đạo liên quan đến lĩnh vực hoạt động khoa học và công nghệ (KH-CN):',
              'Quyết định số 388/QĐ-UBND ngày 25/01/2021 của UBND tỉnh về phê duyệt Danh mục nhiệm vụ khoa học và công nghệ đặt hàng đợt 1 năm 2021; Quyết định số 367/QĐ-UBND ngày 22/01/2021 của UBND tỉnh Lạng Sơn về việc thành lập Ban tổ chức Hội thi Sáng tạo kỹ thuật tỉnh Lạng Sơn; Quyết định số 386/QĐ-UBND ngày 24/01/2021 của UBND tỉnh Lạng Sơn về việc thành lập Ban Tổ chức Cuộc thi sáng tạo dành cho thanh thiếu niên, nhi đồng tỉnh Lạng Sơn; Quyết định số 31/QĐ-BTC ngày 17/2/2021 của BTC cuộc thi sáng tạo dành cho thanh thiếu niên, nhi đồng Ban hành Thể lệ Cuộc thi Sáng tạo dành cho thanh thiếu niên, nhi đồng tỉnh Lạng Sơn lần thứ 13 (năm 2021); quyết định số 45/QĐ-BTC ngày 04/3/2021 của BTC hội thi sáng tạo kỹ thuật Ban hành Thể lệ Hội thi Sáng tạo kỹ thuật tỉnh Lạng Sơn lần thứ 6 (năm 2021).',
              'Quyết định số 535/QĐ-UBND ngày 25/02/2021 của UBND tỉnh Phê duyệt Danh mục dự án xây dựng chỉ dẫn địa lý, nhãn hiệu tập thể, nhãn hiệu chứng nhận đối với một số sản phẩm của tỉnh thuộc Đề án triển khai Chiến lược sở hữu trí tuệ trên địa bàn tỉnh Lạng Sơn đến năm 2030 thực hiện từ năm 2021. Quyết định số 965/QĐ-UBND ngày 12/5/2021 của UBND tỉnh phê duyệt Danh mục nhiệm vụ khoa học và công nghệ thuộc Đề án triển khai Chiến lược sở hữu trí tuệ trên địa bàn tỉnh Lạng Sơn đến năm 2030, thực hiện từ năm 2021; Quyết định số 971/QĐ-UBND ngày 13/5/2021 của UBND tỉnh về việc thành lập các Hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ thuộc Đề án triển khai Chiến lược sở hữu trí tuệ đến năm 2030 trên địa bàn tỉnh Lạng Sơn.',
              'Quyết định số 630/QĐ-UBND ngày 17/3/2021 của UBND tỉnh về việc kiện toàn Ban Chỉ đạo, Tổ công tác giúp việc Ban Chỉ đạo áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước trên địa bàn tỉnh Lạng Sơn; Quyết định số 762/QĐ-UBND ngày 07/4/2021 của UBND tỉnh về Phê duyệt Kế hoạch kiểm tra việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001 tại các cơ quan, đơn vị thuộc hệ thống hành chính nhà nước trên địa bàn tỉnh Lạng Sơn năm 2021.',
              'Quyết định số 740/QĐ-UBND ngày 05/4/2021 của UBND tỉnh về việc thành lập các Hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ và Hội đồng tư vấn tuyển chọn tổ chức, cá nhân chủ trì thực hiện dự án xây dựng chỉ dẫn địa lý, nhãn hiệu tập thể, nhãn hiệu chứng nhận thuộc Đề án triển khai Chiến lược sở hữu trí tuệ trên địa bàn tỉnh Lạng Sơn đến năm 2030 thực hiện từ năm 2021.',
              'Kế hoạch số 201/KH-UBND ngày 23/12/2020 về Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn giai đoạn 2021 – 2025; Kế hoạch số 209/KH-UBND ngày 31/12/2020 về Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn năm 2021. Kế hoạch số 32/KH-BTC ngày 17/02/2021 của BTC cuộc thi sáng tạo dành cho thanh thiếu niên, nhi đồng Triển khai Cuộc thi Sáng tạo dành cho thanh thiếu niên, nhi đồng tỉnh Lạng Sơn lần thứ 13 (năm 2021); Kế hoạch số 44/KH-BTC ngày 03/3/2021 của BTC hội thi sáng tạo kỹ thuật Triển khai Hội thi Sáng tạo kỹ thuật tỉnh Lạng Sơn lần thứ 6 (năm 2021). Kế hoạch số 79/KH-UBND ngày 05/4/2021 của UBND tỉnh về Nâng cao năng suất và chất lượng sản phẩm, hàng hóa, dịch vụ trên địa bàn tỉnh Lạng Sơn giai đoạn 2021-2025; Kế hoạch số 106/KH-UBND ngày 06/5/2021 về việc triển khai Chiến lược phát triển và ứng dụng khoa học và công nghệ vũ trụ đến năm 2030 trên địa bàn tỉnh Lạng Sơn; Kế hoạch số 105/KH-UBND ngày 06/5/2021 về việc triển khai chiến lược quốc gia về nghiên cứu, phát triển và ứng dụng trí tuệ nhân tạo (TTNT) đến năm 2030....',
            ],
          },
        },
        {
          type: 'section',
          section: 'nghien-cuu-khcn',
          title: 'Công tác nghiên cứu khoa học và phát triển công nghệ.',
          data: {
            results: [
              [
                'Quản lý và theo dõi ',
                {
                  type: 'figure',
                  value: 29,
                  format: 'count',
                  breakdown: [
                    { label: 'Lĩnh vực nông nghiệp và phát triển nông thôn', value: 20 },
                    { label: 'lĩnh vực xã hội - nhân văn', value: 4 },
                    { label: 'Lĩnh vực y dược', value: 1 },
                    { label: 'Lĩnh vực kỹ thuật - công nghệ', value: 4 },
                  ],
                },
                ' đề tài, dự án, trong đó: Lĩnh vực nông nghiệp và phát triển nông thôn 20; lĩnh vực xã hội - nhân văn 04; Lĩnh vực y dược 01; Lĩnh vực kỹ thuật - công nghệ là 04. Tổ chức nghiệm thu 03 đề tài, dự án đã hết thời gian thực hiện. Trình UBND tỉnh đặt hàng 04 nhiệm vụ KHCN cấp tỉnh đợt 1 năm 2021; phê duyệt danh sách đặt hàng và thông báo xét chọn tổ chức cá nhân thực hiện nhiệm vụ khoa học và công nghệ đợt 2 năm 2021; thành lập Hội đồng khoa học công nghệ tư vấn tuyển chọn. Tổ chức họp Hội đồng KHCN tư vấn xác định nhiệm vụ khoa học và công nghệ đợt 2 năm 2021; tuyển chọn tổ chức, cá nhân thực hiện nhiệm vụ KHCN được phê duyệt; tuyển chọn tổ chức, cá nhân thực hiện 08 nhiệm vụ thuộc Đề án khung nhiệm vụ khoa học và công nghệ bảo tồn nguồn gen cấp tỉnh giai đoạn 2021 – 2025.',
              ],
              [
                'Trình UBND tỉnh đề xuất với Bộ Khoa học và Công nghệ ',
                {
                  type: 'figure',
                  value: 4,
                  format: 'count',
                  unit: 'nhiệm vụ',
                  breakdown: [
                    { label: 'nhiệm vụ khoa học và công nghệ độc lập cấp quốc gia năm 2022', value: 3 },
                    { label: 'nhiệm vụ thuộc Chương trình hỗ trợ ứng dụng, chuyển giao tiến bộ khoa học và công nghệ (nông thôn, miền núi, vùng dân tộc thiểu số)', value: 1 },
                  ],
                },
                ', trong đó: 03 nhiệm vụ khoa học và công nghệ độc lập cấp quốc gia năm 2022 và 01 nhiệm vụ khoa học và công nghệ thuộc Chương trình hỗ trợ ứng dụng, chuyển giao tiến bộ khoa học và công nghệ thúc đẩy phát triển kinh tế - xã hội nông thôn, miền núi, vùng dân tộc thiểu số giai đoạn 2016 - 2025, thực hiện từ năm 2022. Thông báo tuyển chọn tổ chức, cá nhân thực hiện nhiệm vụ thuộc Chương trình nghiên cứu, ứng dụng khoa học và công nghệ nâng cao giá trị và phát triển bền vững một số sản phẩm OCOP trên địa bàn tỉnh Lạng Sơn giai đoạn 2021 - 2025.',
              ],
            ],
          },
        },
        {
          type: 'heading',
          title: 'Công tác quản lý công nghệ và an toàn bức xạ hạt nhân.',
          content: [
            {
              type: 'section',
              section: 'quan-ly-cong-nghe',
              heading: false,
              data: {
                results: [
                  [
                    'Tham gia thẩm định, có ý kiến về mặt công nghệ kịp thời, đúng tiến độ đối với hồ sơ của ',
                    {
                      type: 'figure',
                      value: 30,
                      format: 'number',
                      // The footnote lists 30 files (hồ sơ); some files cover several wind-farm projects.
                      breakdown: [
                        { label: 'Khu xử lý rác thải y tế tập trung', value: 1 },
                        { label: 'Điều chỉnh, bổ sung quy hoạch 02 dự án Nhà máy điện gió', value: 1 },
                        { label: 'Cải tạo, chỉnh trang khuôn viên Hồ Phai Loạn', value: 1 },
                        { label: 'Đề nghị của Tập Đoàn Bay Wa r.e (03 dự án Nhà máy điện gió)', value: 1 },
                        { label: 'Điều chỉnh Dự án Nhà máy xử lý môi trường Lạng Sơn', value: 1 },
                        { label: 'Nhà máy điện gió Chi Lăng và Nhà máy điện gió Ái Quốc', value: 1 },
                        { label: 'Nhà máy điện rác Lạng Sơn', value: 1 },
                        { label: 'Khu xử lý rác thải y tế tập trung (ghi lần thứ hai)', value: 1 },
                        { label: 'Khách sạn SOJO và Thương mại du lịch Lạng Sơn', value: 1 },
                        { label: 'Nhà máy sản xuất cấu kiện bê tông', value: 1 },
                        { label: 'Nhà máy nước Lawaco', value: 1 },
                        { label: 'Chăn nuôi và trồng cây dược liệu dưới tán rừng, xã Lâm Sơn', value: 1 },
                        { label: 'Nhà máy sản xuất chế biến gỗ xanh – Thành An Greenwood', value: 1 },
                        { label: 'Phát triển cây nông lâm nghiệp và cây dược liệu kết hợp chăn nuôi', value: 1 },
                        { label: 'Cây Mắc Ca tại xã Hoa Thám', value: 1 },
                        { label: 'Trang trại điện gió trực đứng HTFC', value: 1 },
                        { label: 'Xưởng sản xuất, chế biến nhựa thông', value: 1 },
                        { label: 'Chế biến hạt nhựa tái sinh và nhựa xây dựng Giang Sơn', value: 1 },
                        { label: 'Cây Mắc Ca tại xã Tân Minh', value: 1 },
                        { label: 'Công viên Tâm Phúc An', value: 1 },
                        { label: 'Trang trại giống cây trồng nông lâm nghiệp', value: 1 },
                        { label: 'Nhà máy điện gió Đình Lập', value: 1 },
                        { label: 'Quy hoạch chi tiết cửa khẩu Tân Thanh', value: 1 },
                        { label: 'Điều chỉnh cục bộ Quy hoạch chi tiết phường Chi Lăng', value: 1 },
                        { label: 'Điều chỉnh Quy hoạch chung thị trấn Chi Lăng', value: 1 },
                        { label: 'Khu trung chuyển hàng hóa, khu kinh tế cửa khẩu Đồng Đăng-Lạng Sơn', value: 1 },
                        { label: 'Điều chỉnh Quy hoạch chung thị trấn Đồng Mỏ', value: 1 },
                        { label: 'Khu công nghiệp Hữu Lũng', value: 1 },
                        { label: 'Quy hoạch phân khu phía Đông, thành phố Lạng Sơn', value: 1 },
                        { label: 'Quy hoạch chi tiết dọc hai bên trục tuyến quốc lộ 4B', value: 1 },
                      ],
                    },
                    {
                      type: 'footnote',
                      content:
                        'Dự án Xây dựng khu xử lý rác thải y tế tập trung bằng công nghệ đốt áp suất âm – không khói tại địa bàn tỉnh Lạng Sơn; Hồ sơ khảo sát lập hồ sơ điều chỉnh, bổ sung quy hoạch đối với 02 dự án Nhà máy điện gió trên địa bàn tỉnh Lạng Sơn; dự án đầu tư xây dựng công trình cải tạo, chỉnh trang khuôn viên Hồ Phai Loạn dự thảo báo cáo kết quả xem xét đề nghị của Tập Đoàn Bay Wa r.e liên quan đến tiếp quản khảo sát, nghiên cứu, bổ sung quy hoạch 03 dự án Nhà máy điện gió trên địa bàn các huyện Chi Lăng, Lộc Bình, Cao Lộc, Văn Quan, tỉnh Lạng Sơn; đề xuất điều chỉnh Dự án Nhà máy xử lý môi trường Lạng Sơn; hồ sơ đề nghị khảo sát, nghiên cứu, bổ sung quy hoạch 02 dự án Nhà máy điện gió Chi Lăng và Nhà máy điện gió Ái Quốc trên địa bàn tỉnh. Nhà máy điện rác Lạng Sơn tại huyện Cao Lộc theo đề nghị của Hợp tác xã Đồng Tâm. dự án Xây dựng khu xử lý rác thải y tế tập trung bằng công nghệ đốt áp suất âm – không khói tại địa bàn tỉnh Lạng Sơn. hồ sơ đề thiết kế bản vẽ thi công xây dựng công trình: Khách sạn SOJO và Thương mại du lịch Lạng Sơn; Báo cáo nghiên cứu khả thi đầu tư xây dựng dự án Nhà máy sản xuất cấu kiện bê tông, sản xuất bê tông thương phẩm và các vật liệu xây dựng bằng bê tông; dự án xây dựng nhà máy nước Lawaco; dự án đầu tư chăn nuôi và trồng cây dược liệu dưới tán rừng tại xã Lâm Sơn, huyện Chi Lăng, tỉnh Lạng Sơn; Dự án Nhà máy sản xuất chế biến gỗ xanh – Thành An Greenwood; Dự án Đầu tư phát triển cây nông lâm nghiệp và cây dược liệu kết hợp chăn nuôi trên địa bàn tỉnh Lạng Sơn; dự án dự án Đầu tư phát triển cây Mắc Ca tại xã Hoa Thám, huyện Bình Gia, tỉnh Lạng Sơn; đề nghị xin khảo sát nghiên cứu bổ sung quy hoạch dự án trang trại điện gió trực đứng HTFC tại huyện Cao Lộc và huyện Lộc Bình; Dự án “Xưởng sản xuất, chế biến nhựa thông”; Dự án Đầu tư xây dựng chế biến hạt nhựa tái sinh và nhựa xây dựng Giang Sơn; dự án đầu tư phát triển cây Mắc Ca tại xã Tân Minh, huyện Tràng Định; Dự án Công viên Tâm Phúc An; Dự án Xây dựng trang trại giống cây trồng nông lâm nghiệp; Dự án Nhà máy điện gió Đình Lập của Công ty cổ phần LICOGI 16; Đồ án quy hoạch chi tiết cửa khẩu Tân Thanh, huyện Văn Lãng, tỉnh Lạng Sơn, tỷ lệ 1/500; Đồ án điều chỉnh cục bộ Quy hoạch chi tiết phường Chi Lăng, thành phố Lạng Sơn, tỷ lệ 1/500; Nhiệm vụ Điều chỉnh Quy hoạch chung thị trấn Chi Lăng, huyện Chi Lăng, tỉnh Lạng Sơn đến năm 2035, tỷ lệ 1/5.000; Nhiệm vụ QHCT xây dựng Khu trung chuyển hàng hóa thuộc khu kinh tế cửa khẩu Đồng Đăng-Lạng Sơn, tỷ lệ 1/500 (giai đoạn 2); Nhiệm vụ Điều chỉnh Quy hoạch chung thị trấn Đồng Mỏ, huyện Chi Lăng, tỉnh Lạng Sơn đến năm 2035, tỷ lệ 1/5000; Đồ án Quy hoạch chung xây dựng tỷ lệ 1/5.000 và đồ án Quy hoạch phân khu xây dựng tỷ lệ 1/2.000 Khu công nghiệp Hữu Lũng, tỉnh Lạng Sơn; Nhiệm vụ Quy hoạch phân khu phía Đông, thành phố Lạng Sơn, tỷ lệ 1/2.000; Nhiệm vụ Quy hoạch chi tiết dọc hai bên trục tuyến quốc lộ 4B, tỷ lệ 1/500.',
                    },
                    ' dự án đầu tư, quy hoạch. Tham mưu cho UBND tỉnh báo cáo về tình hình thực hiện Quyết định số 1851/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ phê duyệt Đề án “Thúc đẩy chuyển giao, làm chủ và phát triển công nghệ từ nước ngoài vào Việt Nam trong các ngành, lĩnh vực ưu tiên giai đoạn đến năm 2025, định hướng đến năm 2030” trong năm 2020. Tham mưu đề xuất về Chương trình phát triển thị trường và doanh nghiệp khoa học và công nghệ đến năm 2030.',
                  ],
                ],
              },
            },
            {
              type: 'section',
              section: 'an-toan-buc-xa',
              heading: false,
              data: {
                results: [
                  'Thẩm định cấp 09 Giấy phép sử dụng thiết bị X - quang chẩn đoán trong y tế; 04 chứng chỉ nhân viên bức xạ. Trình UBND tỉnh ủy quyền cấp, sửa đổi, bổ sung, gia hạn, cấp lại Giấy phép sử dụng thiết bị X-quang và cấp Chứng chỉ nhân viên bức xạ cho người phụ trách an toàn tại cơ sở X-quang chẩn đoán Y tế. Tổ chức 01 lớp đào tạo về an toàn bức xạ cho 65 nhân viên bức xạ làm việc tại cơ sở X-quang chẩn đoán y tế trên địa bàn tỉnh. Kiện toàn Ban chỉ huy ứng phó sự cố bức xạ và hạt nhân tỉnh Lạng Sơn.',
                ],
              },
            },
          ],
        },
        {
          type: 'heading',
          title: 'Công tác sở hữu trí tuệ, phong trào lao động sáng tạo, phát huy sáng kiến, cải tiến kỹ thuật.',
          content: [
            {
              type: 'section',
              section: 'so-huu-tri-tue',
              heading: false,
              data: {
                results: [
                  [
                    'Công tác sở hữu trí tuệ: Tổ chức họp Hội đồng Tư vấn đánh giá, nghiệm thu kết quả thực hiện ',
                    {
                      type: 'figure',
                      value: 2,
                      format: 'count',
                      unit: 'nhiệm vụ',
                      breakdown: [
                        { label: 'Nhãn hiệu tập thể Trám đen Văn Quan', value: 1 },
                        { label: 'Nhãn hiệu tập thể Thanh Long Bình Gia', value: 1 },
                      ],
                    },
                    ' thuộc chương trình phát triển tài sản trí tuệ giai đoạn 2016-2020',
                    {
                      type: 'footnote',
                      content:
                        'Nhiệm vụ “Xây dựng nhãn hiệu tập thể cho sản phẩm Trám đen của huyện Văn Quan, tỉnh Lạng Sơn”; Nhiệm vụ “Xây dựng nhãn hiệu tập thể cho sản phẩm Thanh Long của huyện Bình Gia, tỉnh Lạng Sơn”.',
                    },
                    '. Trình UBND tỉnh phê duyệt bản đồ vùng sản xuất sản phẩm Hoa đào Xứ Lạng, xin phép sử dụng địa danh "Xứ Lạng" để đăng ký nhãn hiệu tập thể Hoa đào Xứ Lạng, lựa chọn mẫu nhãn hiệu tập thể Hoa đào Xứ Lạng. Tham mưu cho UBND tỉnh dự thảo Chỉ thị của Ban Thường vụ Tỉnh ủy về tăng cường hỗ trợ phát triển tài sản trí tuệ trên địa bàn tỉnh Lạng Sơn, giai đoạn 2021 – 2025. Triển khai thực hiện Đề án chiến lược Sở hữu trí tuệ trên địa bàn tỉnh Lạng Sơn đến năm 2030.',
                  ],
                ],
              },
            },
            {
              type: 'section',
              section: 'sang-kien',
              heading: false,
              data: {
                results: [
                  'Công tác sáng kiến: Thành lập và tổ chức họp Hội đồng Sáng kiến cấp tỉnh đợt 1 năm 2021, chấm đánh giá 01 hồ sơ đề nghị công nhận sáng kiến cấp tỉnh. Tổ chức 03 Hội nghị phổ biến sáng kiến và hướng dẫn triển khai thúc đẩy hoạt động sáng kiến tại huyện Chi Lăng, Văn Quan và Hữu Lũng cho trên 600 người tham dự; Tham gia Hội thảo công tác nghiên cứu khoa học, viết sáng kiến và hướng dẫn học sinh nghiên cứu khoa học cho hơn 400 người tham dự.',
                  'Cuộc thi sáng tạo kỹ thuật: Thành lập Ban Tổ chức, Ban Thư ký; Hội thi Sáng tạo kỹ thuật; Cuộc thi Sáng tạo Thanh thiếu niên nhi đồng tỉnh Lạng Sơn, Dự thảo kế hoạch triển khai, quyết định ban hành thể lệ các Cuộc thi Sáng tạo kỹ thuật năm 2021. Triển khai phát động Hội thi Sáng tạo kỹ thuật tỉnh Lạng Sơn lần thứ 6 và Cuộc thi Sáng tạo dành cho thanh thiếu niên nhi đồng lần thứ 13 năm 2021. Triển khai các hoạt động tuyên truyền Hội thi Sáng tạo kỹ thuật và Cuộc thi Sáng tạo dành cho thanh thiếu niên nhi đồng bằng nhiều hình thức, như: Văn bản phát động tuyên truyền đến các cơ quan, đơn vị; tuyên truyền trên Đài truyền hình, Báo Lạng Sơn, website, xây dựng trailer trên Đài truyền hình, viết bài trên Báo Lạng Sơn, phát tờ rơi (3500 tờ rơi Cuộc thi Sáng tạo dành cho thanh thiếu niên, 6000 tờ rơi Hội thi Sáng tạo kỹ thuật).',
                ],
              },
            },
            {
              type: 'section',
              section: 'khoi-nghiep',
              heading: false,
              data: {
                results: [
                  'Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo: Triển khai xây dựng dự thảo Nghị quyết BTV tỉnh ủy về tăng cường công tác hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo. Ban hành Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo năm 2021. Tiếp tục triển khai xây dựng Khu làm việc chung hỗ trợ khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh theo đề án đã được phê duyệt. Triển khai Cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn năm 2021. Xây dựng Kế hoạch tổ chức 01 khóa đào tạo, tập huấn nâng cao năng lực hệ sinh thái KNDMST; 06 Hội nghị tập huấn nâng cao năng lực hệ sinh thái khởi nghiệp đổi mới sáng tạo đội ngũ cán bộ phụ trách, tham mưu về công tác hỗ trợ hệ sinh thái KNDMST các ngành, đoàn thể.',
                ],
              },
            },
          ],
        },
        {
          type: 'section',
          section: 'thong-tin-thong-ke',
          title: 'Công tác thông tin, thống kê khoa học và công nghệ .',
          data: {
            results: [
              [
                'Xuất bản, phát hành lịch KH-CN năm 2021. Cấp ',
                {
                  type: 'figure',
                  value: 9,
                  format: 'count',
                  // The footnote names 4 tasks for 9 certificates: the validator reports the difference.
                  breakdown: [
                    { label: 'Phân luồng học sinh sau Trung học cơ sở', value: 1 },
                    { label: 'Màng sinh học chitosan-nano bạc bảo quản quả Quýt', value: 1 },
                    { label: 'Thâm canh, xử lý giảm hạt Quýt Bắc Sơn', value: 1 },
                    { label: 'Mật ong hoa ngũ gia bì huyện Chi Lăng', value: 1 },
                  ],
                },
                ' Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước',
                {
                  type: 'footnote',
                  content:
                    'Nhiệm vụ: "Giải pháp nâng cao chất lượng công tác phân luồng học sinh sau Trung học cơ sở trên địa bàn tỉnh Lạng Sơn, giai đoạn 2018 - 2025"; " Ứng dụng màng sinh học chitosan-nano bạc nhằm kéo dài thời gian bảo quản quả Quýt của tỉnh Lạng Sơn"; "Nghiên cứu một số biện pháp kỹ thuật thâm canh, xử lý giảm hạt nâng cao năng suất và chất lượng Quýt Bắc Sơn, tại huyện Bắc Sơn, tỉnh Lạng Sơn"; "Nghiên cứu giá trị dinh dưỡng, được học của mật ong hoa ngũ gia bì tại huyện Chi Lăng, tỉnh Lạng Sơn".',
                },
                '. Xây dựng báo cáo thống kê kết quả thực hiện nhiệm vụ KHCN năm 2020. Thực hiện rà soát, thu thập thông tin các nhiệm vụ KH&CN và cập nhật lên CSDL quốc gia về KH&CN theo nhiệm vụ UBND tỉnh giao',
                {
                  type: 'footnote',
                  content: '20 nhiệm vụ đang thực hiện, 41 nhiệm vụ đăng ký kết quả, kết quả ứng dụng của 26 nhiệm vụ đã nghiệm thu.',
                },
                '. Phối hợp với Đài PTTH, Báo Lạng Sơn thực hiện chuyên mục theo Kế hoạch. Quản trị trang thông tin điện tử của Sở và Trang thông tin khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn. Duy trì vận hành hệ thống công nghệ thông tin đảm bảo an toàn, an ninh thông tin.',
              ],
            ],
          },
        },
        {
          type: 'section',
          section: 'tieu-chuan-do-luong-chat-luong',
          title: 'Công tác tiêu chuẩn đo lường chất lượng.',
          data: {
            subsections: [
              {
                title: 'Công tác Tiêu chuẩn – Chất lượng:',
                results: [
                  [
                    'Công tác kiểm tra chất lượng hàng hóa nhập khẩu: Xử lý hồ sơ và cấp đăng ký kiểm tra chất lượng hàng hóa của tổ chức nhập khẩu: ',
                    {
                      type: 'figure',
                      value: 840,
                      format: 'number',
                      unit: 'lô',
                      breakdown: [
                        { label: 'Đồ chơi trẻ em', value: 301 },
                        { label: 'Đồ điện các loại', value: 493 },
                        { label: 'Thép', value: 46 },
                      ],
                    },
                    { type: 'footnote', content: 'Đồ chơi trẻ em: 301 lô; Đồ điện các loại: 493 lô; Thép: 46 lô.' },
                    ' thuộc trách nhiệm quản lý của Bộ Khoa học và Công nghệ. Ban hành hướng dẫn thực hiện hoạt động công bố hợp quy, kiểm tra sản phẩm, hàng hóa nhóm 2 trong sản xuất, nhập khẩu gửi tới các doanh nghiệp sản xuất, nhập khẩu trên địa bàn tỉnh.',
                  ],
                  'Công tác triển khai áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001 (Hệ thống ISO 9001): Trình UBND tỉnh kiện toàn Ban Chỉ đạo, Tổ công tác giúp việc Ban Chỉ đạo áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước trên địa bàn tỉnh Lạng Sơn; kế hoạch kiểm tra việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001 tại các cơ quan, đơn vị thuộc hệ thống hành chính nhà nước trên địa bàn tỉnh Lạng Sơn năm 2021; Tổ chức Hội nghị Đào tạo áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước trên địa bàn tỉnh Lạng Sơn (dự kiến thực hiện trong tháng 5/2021).',
                  [
                    'Triển khai hoạt động Giải thưởng chất lượng quốc gia (GTCLQG): Tham mưu, đề xuất 01 doanh nghiệp đăng ký tham dự GTCLQG và trình Tổng cục TĐC thành lập Hội đồng sơ tuyển địa phương. Thực hiện 02 cuộc khảo sát chất lượng đối với thực phẩm, xăng',
                    {
                      type: 'footnote',
                      content: [
                        'Lấy ',
                        {
                          type: 'figure',
                          value: 12,
                          format: 'count',
                          breakdown: [
                            { label: 'rau bò khai', value: 1 },
                            { label: 'rau cải xoong', value: 1 },
                            { label: 'giò', value: 1 },
                            { label: 'chả', value: 1 },
                            { label: 'xăng', value: 8 },
                          ],
                        },
                        ' mẫu đi thử nghiệm: 01 mẫu rau bò khai, 01 mẫu rau cải xoong, 01 mẫu giò, 01 mẫu chả, 08 mẫu xăng.',
                      ],
                    },
                    '. Kết quả: 01 mẫu lap sườn có kết quả vượt quá giới hạn ô nhiễm vi sinh vật. Thẩm định, ra thông báo tiếp nhận 02 hồ sơ công bố hợp chuẩn (Công ty Cổ phần xi măng Đồng Bành; Hợp tác xã Hòa Bình).',
                  ],
                ],
              },
              {
                title: 'Công tác Đo lường:',
                results: [
                  [
                    'Tổ chức thành công Hội thảo "Đo lường, chất lượng trong kinh doanh xăng dầu" nhân kỷ niệm ngày Đo lường Việt Nam 20/01/2021. Phối hợp với Cục Thuế tỉnh dán lại tem niêm phong số tổng công tác góp phần tăng cường công tác quản lý thuế đối với hoạt động kinh doanh xăng dầu trên địa bàn cho ',
                    {
                      type: 'figure',
                      value: 5,
                      format: 'count',
                      unit: 'Cửa hàng xăng dầu',
                      breakdown: [
                        { label: 'CHXD Xuân Riêm', value: 1 },
                        { label: 'CHXD Quyền Quyên', value: 1 },
                        { label: 'CHXD Số 12 Mai Pha', value: 1 },
                        { label: 'DNTN Tân Đại', value: 1 },
                        { label: 'Công ty TNHH dịch vụ TMXD Thanh Huyền', value: 1 },
                      ],
                    },
                    {
                      type: 'footnote',
                      content:
                        'CHXD Xuân Riêm, huyện Bắc Sơn; CHXD Quyền Quyên, huyện Hữu Lũng; CHXD Số 12 Mai Pha, TP Lạng Sơn; DNTN Tân Đại, huyện Đình Lập; Công ty TNHH dịch vụ TMXD Thanh Huyền.',
                    },
                    '. Lập biên bản xác định hiện trạng của cột đo xăng dầu ',
                    {
                      type: 'figure',
                      value: 5,
                      format: 'count',
                      unit: 'cửa hàng',
                      breakdown: [
                        { label: 'CHXD Quán Thanh', value: 1 },
                        { label: 'CHXD số 12 Mai Pha', value: 1 },
                        { label: 'CHXD Thịnh Vượng', value: 1 },
                        { label: 'Công ty TNHH dịch vụ TMXD Thanh Huyền', value: 1 },
                        { label: 'Công ty TNHH TMH 261', value: 1 },
                      ],
                    },
                    {
                      type: 'footnote',
                      content:
                        'CHXD Quán Thanh, huyện Chi Lăng; CHXD số 12 Mai Pha, TP Lạng Sơn; CHXD Thịnh Vượng, huyện Hữu Lũng; Công ty TNHH dịch vụ TMXD Thanh Huyền; Công ty TNHH TMH 261 xã Đồng Ý, huyện Bắc Sơn',
                    },
                    ' theo đề nghị của cơ sở kinh doanh để sửa chữa, thay thế thiết bị cho cột đo xăng dầu đảm bảo yêu cầu đo lường theo quy định.',
                  ],
                  [
                    'Kiểm tra tình hình hoạt động của Cân đối chứng tại các Chợ',
                    {
                      type: 'footnote',
                      content:
                        'Chợ Ngã Hai, chợ Thị trấn Bắc Sơn, huyện Bắc Sơn; Chợ Phông, chợ Yên Bình, huyện Hữu Lũng, chợ Thị trấn Đình Lập, huyện Đình Lập',
                    },
                    '. Theo dõi, quản lý hoạt động 30 điểm cân đối chứng. Tổng số mã cân sử dụng 6 tháng đầu năm là: ',
                    {
                      type: 'figure',
                      value: 3339,
                      format: 'number',
                      breakdown: [
                        { label: 'mã cân đúng', value: 3328 },
                        { label: 'mã cân sai', value: 71 },
                      ],
                    },
                    {
                      type: 'footnote',
                      content: [
                        'Mã cân đúng là 3.328, mã cân sai là 71, chiếm tỷ lệ ',
                        { type: 'figure', value: 2.08, format: 'percent', ratio: { part: 71, whole: 3339 } },
                        '.',
                      ],
                    },
                    '. Góp phần nâng cao hiệu quả, hiệu lực quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng, đảm bảo cho tổ chức, cá nhân trên địa bàn tỉnh thực hiện tốt các quy định của pháp luật về tiêu chuẩn, đo lường, chất lượng hàng hóa, bảo vệ quyền lợi người tiêu dùng.',
                  ],
                ],
              },
            ],
          },
        },
        {
          type: 'section',
          section: 'thanh-tra',
          title: 'Công tác thanh tra, giải quyết khiếu nại, tố cáo và phòng chống tham nhũng.',
          data: {
            results: [
              'Thực hiện 01 cuộc thanh tra về việc chấp hành các quy định của pháp luật về an toàn bức xạ trong sử dụng thiết bị X-quang chẩn đoán y tế, đo lường đối với phương tiện đo nhóm 2 sử dụng trong y tế và kiểm tra hành nghề y đối với 09 cơ sở Y tế trên địa bàn tỉnh; 01 cuộc thanh tra về nhiệm vụ nghiên cứu khoa học trên địa bàn tỉnh Lạng Sơn năm 2021 đối với đề tài “Ứng dụng công nghệ thông tin quảng bá và tiêu thụ các sản phẩm nông sản của tỉnh Lạng Sơn” và dự án Áp dụng, chuyển giao kết quả nghiên cứu của dự án “Mô hình trồng thử nghiệm cây Thanh long ruột đỏ tại huyện Bình Gia, tỉnh Lạng Sơn”.',
              [
                'Chủ trì và phối hợp với các cơ quan liên quan tổ chức kiểm tra nhà nước về đo lường, chất lượng, ghi nhãn hàng hóa đối với hàng đóng gói sẵn và các sản phẩm, hàng hóa lưu thông trên thị trường dịp Tết Nguyên đán Tân Sửu 2021 theo kế hoạch được 13 cơ sở. Trong đó, đã ra quyết định xử phạt vi phạm hành chính đối với 02 cơ sở về hành vi sử dụng phương tiện đo có chứng chỉ kiểm định đã hết hiệu lực, kinh doanh hàng hóa đã quá hạn sử dụng, buôn bán hàng đóng gói sẵn không ghi lượng trên nhãn hàng hóa... với tổng số tiền xử phạt là ',
                { type: 'figure', value: 2550000, format: 'money' },
                '. Thực hiện kiểm tra nhà nước về đo lường, chất lượng đối với các cơ sở kinh doanh xăng, nhiên liệu điêzen, dầu nhớt động cơ đốt trong trên địa bàn tỉnh Lạng Sơn. Đã tiến hành kiểm tra được 12 cơ sở, tiến hành lấy 02 mẫu (xăng RON95-IV và điêzen DO 0,05S-II) để thử nghiệm chất lượng. Kết quả các mẫu có chỉ tiêu chất lượng phù hợp với Quy chuẩn kỹ thuật tương ứng. Không có cơ sở vi phạm.',
              ],
              'Theo dõi, cập nhật công tác phòng, chống tham nhũng, lãng phí xử lý đơn thư, giải quyết khiếu nại tố cáo tại đơn vị, kết quả: Trong kỳ báo cáo không phát hiện dấu hiệu tham nhũng, lãng phí, xử lý đơn thư, giải quyết khiếu nại tố cáo.',
            ],
          },
        },
        {
          type: 'section',
          section: 'phap-che-cai-cach-hanh-chinh',
          title: 'Công tác pháp chế, kiểm soát thủ tục hành chính.',
          data: {
            results: [
              'Xây dựng các Kế hoạch: Tổ chức triển khai thực hiện công tác pháp chế năm 2021; Triển khai công tác phổ biến, giáo dục pháp luật năm 2021; Triển khai thực hiện công tác theo dõi tình hình thi hành pháp luật năm 2021; Thực hiện Quy chế dân chủ ở cơ sở năm 2021; Rà soát, đánh giá thủ tục hành chính năm 2021 thuộc thẩm quyền giải quyết của Sở Khoa học và Công nghệ.',
              'Rà soát đề xuất TTHC gửi UBND tỉnh để xây dựng Kế hoạch rà soát, đánh giá TTHC trên địa bàn tỉnh Lạng Sơn năm 2021. Thực hiện tổng kết đánh giá tình hình, kết quả triển khai, thực hiện Đề án Cải cách thủ tục hành chính đến năm 2020 và Báo cáo Đánh giá tình hình, kết quả triển khai, thực hiện Đề án Cải cách thủ tục hành chính tỉnh Lạng Sơn đến năm 2020; định hướng đến năm 2025 và những năm tiếp theo.',
            ],
          },
        },
        {
          // The source numbers this heading "8." a second time; the library numbers it 9.
          type: 'section',
          section: 'hoat-dong-su-nghiep',
          title: 'Hoạt động sự nghiệp.',
          data: {
            results: [
              [
                'Thực hiện nhiệm vụ thường xuyên theo chức năng năm 2021 đã được phê duyệt: Nhân giống khoai tây bằng công nghệ nuôi cấy mô tế bào trong phòng thí nghiệm và xây dựng mô hình sản xuất khoai tây cấp giống (khí canh), siêu nguyên chủng, nguyên chủng',
                {
                  type: 'footnote',
                  content:
                    'Đã thu hoạch được 4.500 củ khoai tây cấp giống gốc; 20.750 củ khoai tây giống cấp siêu nguyên chủng trong nhà kính; 6.020kg khoai tây giống cấp nguyên chủng tại đồng ruộng.',
                },
                '. Duy trì bộ giống trong phòng thí nghiệm và nhân các loại cây giống bằng phương pháp invitro (khoai tây Marabel, lan kim tuyến, ba kích tím, sa nhân tím, gừng nói đá, nấm ăn, nấm dược liệu). Chăm sóc 2.000 cây Sa nhân tím được nhân giống bằng phương pháp nuôi cấy mô, hiện nay cây sinh trưởng phát triển tốt, dự kiến đến tháng 9/2021 đủ tiêu chuẩn xuất vườn để thực hiện xây dựng mô hình. Chăm sóc vườn thực nghiệm (cây ổi, cây táo, thanh long ruột đỏ, thanh long, cây bơ, cây mít). Xây dựng nhãn hiệu tập thể cho sản phẩm Măng nứa của xã Vĩnh Yên, huyện Bình Gia, tỉnh Lạng Sơn.',
              ],
              [
                'Quản lý, duy trì hệ thống phòng kiểm định - hiệu chuẩn theo tiêu chuẩn ISO/IEC 17025:2017, thực hiện sửa đổi lại hệ thống quản lý ISO/IEC 17025:2017. Tổ chức kiểm định, hiệu chuẩn các phương tiện đo, thử nghiệm các thiết bị điện, điện tử',
                {
                  type: 'footnote',
                  content:
                    'Kiểm định cột đo xăng dầu 132 cột; Kiểm định cân các loại 205 cái; Kiểm định taximet 06 cái; Kiểm định huyết áp kế 338 cái; Kiểm định áp kế 10 cái; Kiểm định công tơ điện 946 cái; Kiểm định quả cân 06 quả; Kiểm định máy điện tin, điện não 04 máy; Kiểm định đồng hồ nước 59 cái; Kiểm định ca đồng 24 cái; Đo điện trở tiếp địa 54 điểm đo; Đo kiểm xạ 16 phòng Xquang; Kiểm định máy Xquang 10 máy; Hiệu chuẩn cân 11 cái; Hiệu chuẩn quả cân 106 quả.',
                },
                '. Quản lý, duy trì phòng thử nghiệm hóa, vi sinh theo TCVN ISO/IEC 17025:2017, chuyên ngành xây dựng LAS-XD 1172 theo quy định: Phân tích được 51 mẫu hóa – vi sinh.',
              ],
            ],
          },
        },
        {
          type: 'section',
          section: 'tu-do',
          title: 'Công tác khác.',
          data: {
            results: [
              'Phối hợp tổ chức thành công Chương trình gặp mặt đại biểu trí thức, văn nghệ sĩ tỉnh Lạng Sơn và cơ quan báo chí nhân dịp Xuân Tân Sửu 2021.',
            ],
          },
        },
        {
          type: 'section',
          section: 'ke-hoach-tai-chinh',
          title: 'Kết quả thu – chi tài chính.',
          data: {
            results: ['(Có biểu báo cáo ước thu – chi tài chính kèm theo)'],
          },
        },
      ],
    },
    {
      part: 'plans',
      title: 'PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2021.',
      content: [
        {
          type: 'section',
          section: 'nghien-cuu-khcn',
          title: 'Công tác quản lý các nhiệm vụ khoa học và công nghệ.',
          data: {
            plans: [
              'Tiếp tục quản lý, theo dõi đôn đốc các đề tài dự án khoa học và công nghệ thực hiện theo tiến độ. Xét chọn tổ chức cá nhân thực hiện nhiệm vụ KHCN cấp tỉnh đợt 2 năm 2021. Tổ chức tuyển chọn tổ chức, cá nhân thực hiện nhiệm vụ thuộc Chương trình Nghiên cứu, ứng dụng khoa học và công nghệ nâng cao giá trị và phát triển bền vững một số sản phẩm OCOP trên địa bàn tỉnh Lạng Sơn giai đoạn 2021 – 2025. Tổ chức thực hiện các nhiệm vụ thuộc Đề án khung nhiệm vụ khoa học và công nghệ bảo tồn nguồn gen cấp tỉnh giai đoạn 2021 - 2025.',
            ],
          },
        },
        {
          type: 'heading',
          title: 'Công tác quản lý công nghệ và an toàn bức xạ hạt nhân.',
          content: [
            {
              type: 'section',
              section: 'quan-ly-cong-nghe',
              heading: false,
              data: {
                plans: [
                  'Tiếp tục thực hiện thẩm định, góp ý, có ý kiến về công nghệ các dự án đầu tư theo quy định. Nghiên cứu, rà soát hệ thống cơ chế, chính sách, nâng cao hiệu quả quản lý nhà nước về thẩm định công nghệ hỗ trợ chuyển giao, làm chủ và phát triển công nghệ; phát triển thị trường, doanh nghiệp khoa học và công nghệ. Tham mưu thực hiện Kế hoạch số 106/KH-UBND ngày 06/5/2021 của UBND tỉnh về việc Triển khai Chiến lược phát triển và ứng dụng khoa học và công nghệ vũ trụ trên địa bàn tỉnh Lạng Sơn đến năm 2030 và Kế hoạch số 105/KH-UBND ngày 06/5/2021 của UBND tỉnh về việc triển khai thực hiện Chiến lược quốc gia về nghiên cứu, phát triển và ứng dụng trí tuệ nhân tạo trên địa bàn tỉnh Lạng Sơn đến năm 2030.',
                ],
              },
            },
            {
              type: 'section',
              section: 'an-toan-buc-xa',
              heading: false,
              data: {
                plans: [
                  'Thẩm định hồ sơ đề nghị thực hiện các TTHC thuộc lĩnh vực năng lượng nguyên tử theo quy định. Rà soát, sửa đổi, bổ sung, trình UBND tỉnh công bố sửa đổi các TTHC thuộc lĩnh vực năng lượng nguyên tử, an toàn bức xạ và hạt nhân theo quy định tại Nghị định số 142/2020/NĐ-CP ngày 09/12/2020 của Chính phủ quy định về việc tiến hành công việc bức xạ và hoạt động dịch vụ hỗ trợ ứng dụng năng lượng nguyên tử. Nghiên cứu đề xuất trang bị cơ sở vật chất cho Trạm quan trắc cảnh báo phóng xạ môi trường. Tập huấn kiến thức về ứng phó sự cố bức xạ và hạt nhân cho lực lượng ứng phó sự cố cấp tỉnh.',
                ],
              },
            },
          ],
        },
        {
          type: 'heading',
          title: 'Công tác sở hữu trí tuệ, phong trào lao động sáng tạo, phát huy sáng kiến, cải tiến kỹ thuật.',
          content: [
            {
              type: 'section',
              section: 'so-huu-tri-tue',
              title: 'Công tác Sở hữu trí tuệ:',
              data: {
                plans: [
                  [
                    'Tiếp tục triển khai các nhiệm vụ thuộc Đề án Triển khai chiến lược Sở hữu trí tuệ đến năm 2030 trên địa bàn tỉnh Lạng Sơn đã được UBND tỉnh phê duyệt tại Quyết định số 527/QĐ-UBND ngày 31/3/2020: Hướng dẫn các đơn vị triển khai các dự án xác lập, bảo hộ quyền SHTT đối với ',
                    {
                      type: 'figure',
                      value: 8,
                      format: 'count',
                      unit: 'sản phẩm',
                      breakdown: [
                        { label: 'Thạch đen Tràng Định', value: 1 },
                        { label: 'Mật ong hoa ngũ gia bì Vân Thủy', value: 1 },
                        { label: 'Lợn quay', value: 1 },
                        { label: 'Vịt quay', value: 1 },
                        { label: 'Gà sáu ngón', value: 1 },
                        { label: 'Lạp sườn Bình Gia', value: 1 },
                        { label: 'Bánh phồng Tràng Định', value: 1 },
                        { label: 'Cá lòng Vãn quan', value: 1 },
                      ],
                    },
                    ' của tỉnh (',
                    {
                      type: 'text',
                      text: 'Thạch đen Tràng Định; Mật ong hoa ngũ gia bì Vân Thủy; Lợn quay; Vịt quay; Gà sáu ngón; Lạp sườn Bình Gia; Bánh phồng Tràng Định; Cá lòng Vãn quan',
                      italic: true,
                    },
                    ') sau khi được phê duyệt. - Tư vấn hỗ trợ các tổ chức, cá nhân hoàn thiện hồ sơ đăng ký nhãn hiệu.',
                  ],
                ],
              },
            },
            {
              // 3.2. and 3.3. are two sub-areas of the sáng kiến / hội thi sáng tạo kỹ thuật area.
              type: 'section',
              section: 'sang-kien',
              heading: false,
              data: {
                subsections: [
                  {
                    title: 'Công tác Sáng kiến',
                    plans: [
                      'Tham mưu thành lập và tổ chức họp Hội đồng Sáng kiến cấp tỉnh chấm đánh giá hồ sơ đề nghị công nhận sáng kiến cấp tỉnh theo quy định',
                    ],
                  },
                  {
                    title: 'Các Cuộc thi Sáng tạo kỹ thuật.',
                    plans: [
                      'Tổ chức chấm, đánh giá các giải pháp tham dự Hội thi Sáng tạo kỹ thuật và Cuộc thi Sáng tạo thanh thiếu niên nhi đồng tỉnh Lạng Sơn năm 2021. Tổ chức Lễ tổng kết và trao giải thưởng.',
                    ],
                  },
                ],
              },
            },
          ],
        },
        {
          type: 'section',
          section: 'khoi-nghiep',
          title: 'Công tác Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo:',
          data: {
            plans: [
              'Hoàn thiện Dự thảo Nghị quyết BTV tỉnh ủy về tăng cường công tác hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo. Triển khai Cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn năm 2021. Tổ chức 01 khóa đào tạo, tập huấn nâng cao năng lực hệ sinh thái KNĐMST cho đội ngũ công chức, viên chức một số Sở, ban, ngành; các đoàn thể; các tổ chức chính trị - xã hội; Các Trường nghề trên địa bàn tỉnh phụ trách chính trong công tác tham mưu triển khai về công tác hỗ trợ hệ sinh thái KNĐMST năm 2021; 06 Hội nghị tập huấn nâng cao năng lực hệ sinh thái khởi nghiệp đổi mới sáng tạo đội ngũ cán bộ phụ trách, tham mưu về công tác hỗ trợ hệ sinh thái KNĐMST các ngành, đoàn thể tại 06 huyện (Đình Lập, Văn Lãng, Tràng Định, Văn Quan, Cao Lộc, Bình Gia). Hoàn thành xây dựng Khu làm việc chung hỗ trợ khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh theo đề án đã được phê duyệt.',
            ],
          },
        },
        {
          type: 'section',
          section: 'thong-tin-thong-ke',
          title: 'Công tác thông tin, thống kê khoa học và công nghệ (KH-CN):',
          data: {
            plans: [
              'Thực hiện nhiệm vụ thông tin, thống kê khoa học công nghệ, duy trì vận hành hệ thống công nghệ thông tin đảm bảo an toàn, an ninh thông tin theo kế hoạch.',
            ],
          },
        },
        {
          type: 'section',
          section: 'tieu-chuan-do-luong-chat-luong',
          title: 'Công tác tiêu chuẩn đo lường chất lượng.',
          data: {
            plans: [
              'Chủ trì, phối hợp tổ chức Hội nghị tuyên truyền phổ biến các văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng và các văn bản liên quan tới các tổ chức, cá nhân sản xuất, kinh doanh trên địa bàn huyện. Trình ban hành Nghị quyết của HĐND tỉnh quy định mức chi xây dựng quy chuẩn kỹ thuật địa phương trên địa bàn tỉnh Lạng Sơn. Thực hiện kiểm tra tình hình xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001 tại các cơ quan hành chính nhà nước tỉnh Lạng Sơn năm 2021; Tổ chức tập huấn chuyển đổi Hệ thống quản lý chất lượng theo TCVN ISO 9001:2008 sang TCVN ISO 9001:2015 cho các cơ quan hành chính nhà nước. Giám sát đo lường, chất lượng hàng hóa lưu thông trên thị trường năm 2021 theo quy định (thông qua các hoạt động khảo sát, kiểm tra). Triển khai Kế hoạch Nâng cao năng suất và chất lượng sản phẩm, hàng hóa năm 2021; Kế hoạch thực hiện Đề án “Tăng cường, đổi mới hoạt động đo lường hỗ trợ doanh nghiệp Việt Nam nâng cao năng lực cạnh tranh và hội nhập quốc tế giai đoạn đến năm 2025, định hướng đến năm 2030” trên địa bàn tỉnh Lạng Sơn năm 2021. Tiếp tục triển khai hoạt động Giải thưởng chất lượng quốc gia năm 2021. Tiếp nhận và cấp đăng ký kiểm tra chất lượng hàng hóa nhập khẩu cho tổ chức, cá nhân nhập khẩu; Tiếp nhận hồ sơ công bố hợp chuẩn, hợp quy theo quy định; Tư vấn, hướng dẫn xây dựng TCCS, đăng ký MSMV cho tổ chức, cá nhân có nhu cầu.',
              'Thực hiện Khảo sát, kiểm tra nhà nước về đo lường, chất lượng và nhãn hàng hóa đối với các cơ sở kinh doanh nước đóng bình, đóng chai trên địa bàn tỉnh Lạng Sơn; Kiểm tra nhà nước về đo lường, chất lượng và nhãn hàng hóa đối với các cơ sở kinh doanh vật liệu xây dựng trên địa bàn tỉnh Lạng Sơn. Hướng dẫn và tiếp nhận bản công bố sử dụng dấu định lượng và chứng nhận cơ sở đủ điều kiện sử dụng dấu định lượng trên nhãn hàng đóng gói sẵn và hướng dẫn, tổ chức thực hiện đăng ký kiểm tra Nhà nước về đo lường đối với phương tiện đo, hàng đóng gói sẵn nhập khẩu cho doanh nghiệp. Theo dõi và quản lý hoạt động của 30 điểm cân đối chứng.',
            ],
          },
        },
        {
          // The source numbers this heading "6." a second time; the library numbers it 7 (and the next ones 8, 9).
          type: 'section',
          section: 'thanh-tra',
          title: 'Công tác thanh tra, giải quyết khiếu nại tố cáo, phòng chống tham nhũng.',
          data: {
            plans: [
              [
                'Triển khai công tác thanh tra, kiểm tra theo kế hoạch đã phê duyệt, đảm bảo hoàn thành ',
                { type: 'figure', value: 100, format: 'percent' },
                ' kế hoạch; thanh tra, kiểm tra đột xuất theo chỉ đạo hoặc khi phát hiện có dấu hiệu vi phạm. Thực hiện công tác tiếp công dân theo đúng quy định, xử lý kịp thời các đơn thư, khiếu nại, tố cáo về lĩnh vực thuộc thẩm quyền giải quyết của Sở KH&CN theo quy định. Tiếp tục triển khai thực hiện Kế hoạch phòng chống tham nhũng năm 2021; Kế hoạch phòng chống tham nhũng, lãng phí năm 2021 và các Kế hoạch thực hiện các biện pháp phòng ngừa tham nhũng đã được ban hành.',
              ],
            ],
          },
        },
        {
          type: 'section',
          section: 'phap-che-cai-cach-hanh-chinh',
          title: 'Công tác pháp chế, kiểm soát thủ tục hành chính.',
          data: {
            plans: [
              'Tiếp tục thực hiện công tác pháp chế theo kế hoạch năm 2021 đề ra. Tiếp tục cập nhật các văn bản QPPL của Trung ương, địa phương mới ban hành để tổ chức phổ biến, truyền truyền đến toàn thể cán bộ, công chức, viên chức và người lao động tại đơn vị. Tiếp tục thực hiện cập nhật các Quyết định công bố TTHC của Bộ KH&CN và các Bộ liên quan để kịp thời lập hồ sơ TTHC thuộc thẩm quyền giải quyết của Sở Khoa học và Công nghệ tỉnh Lạng Sơn gửi Văn phòng UBND tỉnh trình Chủ tịch UBND tỉnh công bố TTHC theo quy định (nếu có).',
            ],
          },
        },
        {
          type: 'section',
          section: 'hoat-dong-su-nghiep',
          title: 'Hoạt động sự nghiệp khoa học và công nghệ.',
          data: {
            plans: [
              'Tiếp tục tổ chức triển khai thực hiện các nhiệm vụ thường xuyên theo chức năng theo nội dung thuyết minh được phê duyệt. Quản lý, duy trì hệ thống phòng thử nghiệm, kiểm định, hiệu chuẩn theo TCVN ISO/IEC 17025:2017. Quản lý, duy trì hệ thống phòng thí nghiệm chuyên ngành xây dựng LAS-XD 1172 theo quy định. Tổ chức thực hiện kiểm định, hiệu chuẩn phương tiện đo và thử nghiệm chất lượng sản phẩm. Tiếp tục triển khai các nội dung công việc theo thuyết minh nhiệm vụ KH&CN được phê duyệt.',
            ],
          },
        },
      ],
    },
  ],
  // subject, opening and closing come from the profile's templates.
  signer: { mode: 'direct', title: 'GIÁM ĐỐC', name: 'Nguyễn Thị Hà' },
  recipients: {
    items: [
      'Như trên;',
      'VP: Tỉnh uỷ, HĐND, UBND tỉnh;',
      'Ban Tuyên giáo Tỉnh uỷ;',
      'Cục Thống kê tỉnh;',
      'Lãnh đạo Sở;',
      'Các phòng, đơn vị thuộc Sở;',
      'Lưu: VT, KH&CN(LTHM).',
    ],
  },
};
