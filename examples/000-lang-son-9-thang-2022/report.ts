/**
 * Seed 000: Sở KH&CN Lạng Sơn, báo cáo kết quả hoạt động KH&CN 9 tháng đầu năm, phương hướng nhiệm vụ 3 tháng cuối
 * năm 2022 (draft: số and ngày left blank). Wording and figures as in the source, typos included.
 */
import type { ReportInput } from '@baocao-khcn/core';
import type { allSections } from '@baocao-khcn/sections';

export const report: ReportInput<typeof allSections> = {
  kind: 'bao-cao',
  issueDate: { year: 2022, month: 8 },
  period: { kind: 'nine-months', year: 2022 },
  to: ['Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn'],
  basis: [
    {
      kind: 'Công văn',
      number: '1506/SKHĐT-THKTXH',
      date: '2022-08-03',
      issuer: 'Sở Kế hoạch và Đầu tư',
      subject:
        'về việc báo cáo tình hình thực hiện kế hoạch phát triển KT-XH 9 tháng đầu năm; nhiệm vụ, giải pháp quý IV năm 2022',
    },
  ],
  body: [
    {
      part: 'assessment',
      content: [
        {
          type: 'section',
          section: 'danh-gia-chung',
          heading: false,
          data: {
            results: [
              'Trong 9 tháng đầu năm 2022, Sở đã tập trung chỉ đạo triển khai đồng bộ các hoạt động về khoa học và công nghệ. Hoạt động nghiên cứu ứng dụng khoa học và công nghệ đã được triển khai theo đúng tiến độ đề ra. Nội dung các đề tài, dự án đều bám sát với định hướng phát triển kinh tế - xã hội của tỉnh, tập trung nghiên cứu và đề xuất các giải pháp nâng cao năng suất, chất lượng, hiệu quả quản lý, sản xuất và kinh doanh, khai thác các thế mạnh của tỉnh. Công tác tư vấn, hỗ trợ các tổ chức cá nhân xác lập quyền sở hữu trí tuệ được đẩy mạnh góp phần xây dựng thương hiệu nhằm nâng cao chất lượng, sức cạnh tranh của sản phẩm trên thị trường... Hoạt động đánh giá góp ý cho các dự án đầu tư trên địa bàn đã góp phần hạn chế và sàng lọc được các thiết bị công nghệ lạc hậu, lỗi thời, công nghệ có khả năng gây ô nhiễm môi trường, công nghệ cấm chuyển giao đầu tư vào địa bàn tỉnh. Quản lý an toàn bức xạ và hạt nhân được đảm bảo theo quy định của pháp luật. Công tác sáng kiến, cuộc thi sáng tạo kỹ thuật được triển khai có hiệu quả; Khu làm việc chung hỗ trợ khởi nghiệp đổi mới sáng tạo được đưa vào hoạt động thúc đẩy phong trào khởi nghiệp, từ đó góp phần hiện thực hóa những dự án khởi nghiệp tiềm năng. Công tác tiêu chuẩn đo lường chất lượng được duy trì và hoạt động có hiệu quả đã nâng cao nhận thức của các cơ sở kinh doanh trong việc chấp hành nghiêm các quy định của nhà nước về đo lường, tạo công bằng trong mua bán, góp phần hạn chế, ngăn chặn được các sản phẩm kém chất lượng, hàng giả, hàng nhái góp phần bảo vệ quyền lợi người tiêu dùng.',
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
          data: {
            results: [
              'Với chức năng nhiệm vụ được giao, trong 9 tháng đầu năm 2022 Sở Khoa học và Công nghệ đã tham mưu cho tỉnh ban hành một số văn bản chỉ đạo liên quan đến lĩnh vực hoạt động KHCN như: các quyết định thành lập hội đồng tư vấn xác định nhiệm vụ KHCN, phê duyệt danh mục nhiệm vụ KHCN đặt hàng đợt 1 năm 2022; Các kế hoạch, quyết định về công tác sở hữu trí tuệ, công tác sáng kiến, cuộc thi sáng tạo kỹ thuật, công tác hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo, công tác tiêu chuẩn đo lường chất lượng; Quyết định cắt giảm thời hạn giải quyết thủ tục hành chính về lĩnh vực an toàn bức xạ, Xây dựng dự thảo Kế hoạch khoa học công nghệ, đổi mới sáng tạo và dự toán ngân sách khoa học và công nghệ năm 2023.',
            ],
          },
        },
        {
          type: 'section',
          section: 'nghien-cuu-khcn',
          data: {
            results: [
              'Phối hợp với các đơn vị của Bộ Khoa học và Công nghệ quản lý triển khai 03 đề tài, dự án thuộc Chương trình đề tài độc lập cấp quốc gia và Chương trình hỗ trợ ứng dụng, chuyển giao tiến bộ KH&CN thúc đẩy phát triển kinh tế - xã hội nông thôn, miền núi, vùng dân tộc thiểu số giai đoạn 2016 – 2025: (1) Xây dựng mô hình ứng dụng công nghệ sản xuất giống và nuôi thương phẩm cá trắng tại tỉnh Lạng Sơn; (2) Ứng dụng tiến bộ khoa học kỹ thuật xây dựng mô hình sản xuất giống và chăn nuôi Ngựa Bạch tại tỉnh Lạng Sơn; (3) Nghiên cứu ứng dụng các giải pháp khoa học và công nghệ phát triển sản xuất Na bền vững tại Lạng Sơn và vùng phụ cận. Các đề tài, dự án đang triển khai thực hiện, tuy nhiên cũng đã mang lại một số kết quả bước đầu: Quy trình công nghệ chăm sóc cá trắng thương phẩm và cá giống, kỹ thuật chăn nuôi ngựa bạch,... đã đang phát huy phát huy hiệu quả, đóng góp tích cực vào phát triển kinh tế-xã hội của tỉnh.',
              [
                'Quản lý và theo dõi ',
                {
                  type: 'figure',
                  value: 50,
                  format: 'number',
                  breakdown: [
                    { label: 'dự án thuộc Chương trình hỗ trợ ứng dụng và chuyển giao tiến bộ khoa học và công nghệ (nông thôn, miền núi)', value: 1 },
                    { label: 'đề tài thuộc Chương trình nhiệm vụ cấp thiết địa phương', value: 1 },
                    { label: 'lĩnh vực nông nghiệp và phát triển nông thôn', value: 17 },
                    { label: 'lĩnh vực khoa học xã hội - nhân văn', value: 11 },
                    { label: 'lĩnh vực y dược', value: 3 },
                    { label: 'lĩnh vực kỹ thuật - công nghệ', value: 2 },
                    { label: 'dự án năng suất chất lượng', value: 6 },
                    { label: 'dự án thuộc đề án sở hữu trí tuệ', value: 2 },
                    { label: 'Chương trình OCOP', value: 7 },
                  ],
                },
                {
                  type: 'footnote',
                  content:
                    'Trong đó: 01 dự án thuộc Chương trình hỗ trợ ứng dụng và chuyển giao tiến bộ khoa học và công nghệ phục vụ phát triển kinh tế - xã hội nông thôn và miền núi” và 01 đề tài thuộc Chương trình nhiệm vụ cấp thiết địa phương; Lĩnh vực nông nghiệp và phát triển nông thôn 17; lĩnh vực khoa học xã hội - nhân văn 11; lĩnh vực y dược: 03; Lĩnh vực kỹ thuật - công nghệ là 02; dự án năng suất chất lượng 06, dự án thuộc đề án sở hữu trí tuệ 02; Chương trình OCOP 07.',
                },
                ' đề tài, dự án. Các đề tài thuộc lĩnh vực nông nghiệp tập trung chủ yếu vào một số cây trồng: cây Mắc Ca, cây Bơ, trà hoa vàng, Lan Kim tuyến, đào chuông, Chanh rừng, mận com; một số vật nuôi: Vịt cổ xanh, gà sáu ngón, cá Mỏ,... Trong lĩnh vực Y dược tập trung vào trồng một số loài dược liệu và ứng dụng kỹ thuật tiên tiến trong điều trị tán sỏi đường mật qua da bằng laser tại bệnh viện đa khoa tỉnh; Trong lĩnh vực văn hóa xã hội tập trung vào nghiên cứu giải pháp đổi mới, nâng cao hiệu quả công tác phổ biến, giáo dục pháp luật tại khu vực biên giới của tỉnh; giải pháp đổi mới nâng cao chất lượng, hiệu quả công tác nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện các Nghị quyết, Chỉ thị của Đảng; Một số giải pháp nâng cao năng lực dạy học tích hợp liên môn cho đội ngũ giáo viên trung học cơ sở trên địa bàn tỉnh; Nghiên cứu, bảo tồn, phát huy một số loại hình di sản văn hóa phi vật thể trong vùng Công viên địa chất,...Trong lĩnh vực kỹ thuật công nghệ tập trung vào ứng dụng công nghệ chế biến mứt sấy dẻo và sản xuất phân bón vi sinh từ quả mứt; sản xuất vật liệu composite từ nguồn phế phụ phẩm sau chế biến gỗ rừng trồng; xây dựng hệ thống cơ sở dữ liệu cung cấp thông tin đối tượng có tiềm ẩn, tiềm sự trên địa bàn tỉnh Lạng Sơn phục vụ công tác đấu tranh phòng, chống tội phạm,...',
              ],
              [
                'Tổ chức nghiệm thu kết quả thực hiện của ',
                {
                  type: 'figure',
                  value: 5,
                  format: 'count',
                  breakdown: [
                    { label: 'Giải pháp nâng cao hiệu quả công tác quản lý nhà nước đối với hoạt động tại các cơ sở tín ngưỡng', value: 1 },
                    { label: 'Ảnh hưởng của cuộc khởi nghĩa Hoàng Đình Kinh', value: 1 },
                    { label: 'Sản phẩm du lịch đặc thù của huyện Bắc Sơn', value: 1 },
                    { label: 'Quản lý việc sử dụng đất nông nghiệp huyện Chi Lăng và Hữu Lũng', value: 1 },
                    { label: 'Sắp xếp các đơn vị hành chính cấp xã, sáp nhập thôn, tổ dân phố', value: 1 },
                  ],
                },
                {
                  type: 'footnote',
                  content:
                    'Một số kết quả đạt được của các đề tài như sau: Đề tài “Giải pháp nâng cao hiệu quả công tác quản lý nhà nước đối với hoạt động tại các cơ sở tín ngưỡng trên địa bàn tỉnh Lạng Sơn” khái quát toàn diện cơ sở lý luận về tín ngưỡng cũng như thực trạng công tác quản lý đối với hoạt động tín ngưỡng trong phạm vi các cơ sở tín ngưỡng trên địa bàn tỉnh Lạng Sơn. Góp phần đổi mới công cụ quản lý hoạt động tín ngưỡng tại cơ sở, tạo thuận lợi trong thực hiện hoạt động tín ngưỡng trên địa bàn Lạng Sơn. Đề tài “Ảnh hưởng của cuộc khởi nghĩa Hoàng Đình Kinh trong phong trào đấu tranh chống thực dân Pháp của nhân dân ta” đã đánh giá được sự ảnh hưởng của người thủ lĩnh Hoàng Đình Kinh và khái quát bối cảnh cuộc khởi nghĩa tại Lạng Sơn trong phong trào đấu tranh chống Thực dân Pháp. Xác định được những địa danh, di tích, hiện vật gắn liền với cuộc khởi nghĩa, làm rõ giá trị lịch sử, văn hóa. Đề xuất các giải pháp bảo vệ, khai thác hiệu quả giá trị của cuộc khởi nghĩa, có khả năng ứng dụng trong lĩnh vực giáo dục lịch sử địa phương nhằm gìn giữ, phát huy lịch sử dân tộc Việt Nam và lịch sử Lạng Sơn. Đề tài “Nghiên cứu xây dựng và phát triển sản phẩm du lịch đặc thù của huyện Bắc Sơn, tỉnh Lạng Sơn” đã khảo sát, đánh giá về tài nguyên du lịch của huyện Bắc Sơn, xác định được các sản phẩm du lịch đặc thù của huyện và tập trung đề xuất nhiều giải pháp hữu ích phát triển bền vững sản phẩm du lịch của huyện Bắc Sơn để quảng bá hình ảnh và thương hiệu du lịch Bắc Sơn một cách hiệu quả, thu hút khách du lịch, nhằm mục tiêu góp phần phát triển kinh tế - xã hội tại địa phương. Đề tài “Nghiên cứu quản lý việc sử dụng đất nông nghiệp hiệu quả trên địa bàn huyện Chi Lăng và Hữu Lũng phục vụ tái cơ cấu ngành nông nghiệp gắn với xây dựng nông thôn mới” phân tích và đánh giá được về thực trạng quản lý, sử dụng đất nông nghiệp trên địa bàn huyện Chi Lăng và huyện Hữu Lũng. Đề xuất các giải pháp khắc phục những tồn tại, hạn chế, nâng cao hiệu quả quản lý việc sử dụng đất nông nghiệp phục vụ tái cơ cấu ngành nông nghiệp gắn với xây dựng nông thôn mới trên địa bàn huyện Chi Lăng và huyện Hữu Lũng. Đề tài “Nghiên cứu giải pháp sắp xếp các đơn vị hành chính cấp xã và sắp xếp, sáp nhập các thôn, tổ dân phố trên địa bàn tỉnh Lạng Sơn” nghiên cứu phân tích và đánh giá về thực trạng sắp xếp các đơn vị hành chính cấp xã và sắp xếp, sáp nhập các thôn, tổ dân phố trên địa bàn tỉnh Lạng Sơn. Đề xuất được các giải pháp mang tính khả thi, phù hợp với yêu cầu thực tiễn, khắc phục những tồn tại, hạn chế và có hiệu quả phát triển kinh tế, xã hội bền vững sau sáp nhập các đơn vị hành chính cấp xã, sáp nhập thôn, tổ dân phố trên địa bàn tỉnh, đảm bảo đến năm 2030 ổn định và phát triển.',
                },
                ' đề tài thuộc lĩnh vực khoa học xã hội nhân văn. Các đề tài nghiệm thu đều thực hiện đầy đủ các nội dung theo thuyết minh đã được phê duyệt, đáp ứng mục tiêu đề ra và áp dụng vào thực tiễn. Tổ chức kiểm tra thực hiện 25 đề tài dự án đang thực hiện năm 2022, Tham mưu UBND tỉnh đặt hàng nhiệm vụ KH&CN cấp tỉnh năm 2022. Tuyển chọn tổ chức, cá nhân thực hiện nhiệm vụ KH&CN thực hiện đối với 10 nhiệm vụ. Thông báo định hướng đề xuất đặt hàng nhiệm vụ KH&CN năm 2023 và thực hiện họp Hội đồng KH&CN tư vấn xác định nhiệm vụ khoa học và công nghệ đợt 1 năm 2023. Tổ chức tuyển chọn tổ chức, cá nhân và triển khai thực hiện các nhiệm vụ thuộc Kế hoạch Nâng cao năng suất và chất lượng sản phẩm, hàng hóa, dịch vụ trên địa bàn tỉnh Lạng Sơn giai đoạn 2021 – 2025.',
              ],
              'Các đề tài, dự án được quản lý, thực hiện theo đúng các quy định hiện hành. Kết quả nghiên cứu khoa học và ứng dụng chuyển giao công nghệ cấp tỉnh trong thời gian qua đã đạt được nhiều kết quả, góp phần quan trọng vào phát triển kinh tế - xã hội. Các kết quả nghiên cứu KH&CN đã góp phần cung cấp luận cứ khoa học cho công tác lãnh đạo, chỉ đạo các cấp ủy đảng, chính quyền và phục vụ thiết thực cho nhiệm vụ phát triển kinh tế- xã hội, góp phần đảm bảo an ninh – quốc phòng, ổn định chính trị trên địa bàn tỉnh. Công tác ứng dụng tiến bộ KH&CN vào đời sống, sản xuất trên địa bàn tỉnh được quan tâm; từng bước được đẩy mạnh, nhiều kết quả nghiên cứu sau khi nghiệm thu được ứng dụng, nhân rộng góp phần làm thay đổi nhận thức, tập quán sản xuất lạc hậu của người dân, nhiều tiến bộ mới đã đi vào cuộc sống. Các sản phẩm đặc sản của tỉnh đã được bảo hộ quyền sở hữu trí tuệ và phát huy được danh tiếng, uy tín của sản phẩm, góp phần thúc đẩy sản xuất, nâng cao chất lượng, sức cạnh tranh của sản phẩm trên thị trường.',
            ],
          },
        },
        {
          type: 'heading',
          title: 'Công tác quản lý công nghệ và an toàn bức xạ hạt nhân',
          content: [
            {
              type: 'section',
              section: 'quan-ly-cong-nghe',
              heading: false,
              data: {
                results: [
                  'Tham gia thẩm định, có ý kiến về mặt công nghệ trong các dự án đầu tư theo quy định của Luật Chuyển giao công nghệ. Trong kỳ đã thẩm định, tham gia ý kiến đối với hồ sơ của 45 dự án đầu tư, quy hoạch, tham gia thẩm định hồ sơ đề nghị cấp Giấy phép môi trường cho 09 dự án đầu tư, qua đó đã kịp thời ngăn chặn công nghệ lạc hậu, công nghệ gây ô nhiễm môi trường. Theo dõi, tổng hợp hoạt động thẩm định, chuyển giao công nghệ các dự án đầu tư theo quy định.',
                ],
              },
            },
            {
              type: 'section',
              section: 'an-toan-buc-xa',
              heading: false,
              data: {
                results: [
                  'Công tác quản lý an toàn bức xạ và hạt nhân được đảm bảo, không có sự cố mất an toàn, an ninh phóng xạ. Tổ chức tập huấn kiến thức về ứng phó sự cố bức xạ và hạt nhân cho lực lượng ứng phó sự cố cấp tỉnh năm 2022. Thẩm định cấp 10 Giấy phép sử dụng thiết bị X - quang chẩn đoán trong y tế; 05 chứng chỉ nhân viên bức xạ. Ban hành công văn tuyên truyền đẩy mạnh nộp hồ sơ thủ tục hành chính trực tuyến mức độ 3, 4 qua Cổng dịch vụ công của tỉnh đối với lĩnh vực an toàn bức xạ hạt nhân. Ban hành thông báo tổ chức đào tạo về an toàn bức xạ cho nhân viên bức xạ, người phụ trách an toàn năm 2022 gửi các cơ quan, đơn vị thực hiện công việc bức xạ trên địa bàn tỉnh Lạng Sơn.',
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
                  'Công tác sở hữu trí tuệ: Tiếp tục Thực hiện Đề án triển khai Chiến lược Sở hữu trí tuệ đến năm 2030, giai đoạn 2021 -2025 trên địa bàn tỉnh Lạng Sơn, phê duyệt kèm theo Quyết định số 527/QĐ-UBND ngày 31/3/2020 của UBND tỉnh Lạng Sơn (Đề án SHTT 527): Quản lý, theo dõi 21 dự án về sở hữu trí tuệ. Thông báo Tuyển chọn tổ chức, cá nhân thực hiện nhiệm vụ khoa học và công nghệ thuộc Đề án triển khai Chiến lược sở hữu trí tuệ đến năm 2030 trên địa bàn tỉnh Lạng Sơn cho các năm tiếp theo. Tổ chức 5 lớp tập huấn về Sở hữu trí tuệ, nâng cao năng lực bảo hộ, khai thác và quản trị tài sản trí tuệ và hướng dẫn lập hồ sơ đăng ký nhãn hiệu tại các huyện Bình Gia, huyện Cao Lộc, huyện Lộc Bình, huyện Tràng Định, thành phố Lạng Sơn. Tham gia tập huấn về SHTT tại huyện Tràng Định và phối hợp với Hội liên hiệp phụ nữ tỉnh tập huấn cho các hội viên những kiến thức cơ bản về SHTT. Đẩy mạnh hoạt động tuyên truyền, phổ biến kiến thức về sở hữu trí tuệ trên các phương tiện thông tin đại chúng. Các hoạt động hỗ trợ đề tạo lập, phát triển tài sản trí tuệ được triển khai tích cực: Tư vấn hướng dẫn xác lập quyền sở hữu công nghiệp cho 13 lượt cá nhân về nhãn hiệu. Phối hợp với Đội An ninh Kinh tế - Công An thành phố giải quyết xử lý vi phạm kiểu dáng công nghiệp cho sản phẩm. Triển khai một số hoạt động chào mừng ngày đổi mới sáng tạo 21/4 và ngày sở hữu trí tuệ thế giới 26/4.',
                ],
              },
            },
            {
              type: 'section',
              section: 'sang-kien',
              heading: false,
              data: {
                results: [
                  'Công tác sáng kiến: Tổ chức họp đánh giá 04 hồ sơ đề nghị công nhận sáng kiến cấp tỉnh, các sáng kiến đều được công nhận. Tổ chức 03 Hội nghị phổ biến sáng kiến và hướng dẫn triển khai, thúc đẩy hoạt động sáng kiến năm 2022 tại huyện Lộc Bình, thành phố Lạng Sơn, Sở Giáo dục và Đào tạo. Theo dõi, tổng hợp, hướng dẫn hoạt động sáng kiến của các cơ quan, đơn vị trên địa bàn tỉnh theo quy định.',
                  'Cuộc thi sáng tạo kỹ thuật: Thực hiện chấm, đánh giá các mô hình sản phẩm tham dự Cuộc thi sáng tạo dành cho thanh thiếu niên nhi đồng tỉnh Lạng Sơn lần thứ 14 năm 2022; lựa chọn các sản phẩm tham dự Cuộc thi sáng tạo dành cho thanh thiếu niên nhi đồng toàn quốc lần thứ 18 năm 2022.',
                ],
              },
            },
            {
              type: 'section',
              section: 'khoi-nghiep',
              heading: false,
              data: {
                results: [
                  'Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo: Tổ chức khóa tập huấn nâng cao năng lực phát triển dự án khởi nghiệp đổi mới sáng tạo cho một số tác giả, nhóm tác giả đạt giải tại Cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn. Tổ chức đưa Khu làm việc chung hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn vào hoạt động; tổ chức Hội thảo "Phát huy vai trò của Khu làm việc chung trong công tác hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh Lạng Sơn". Thành lập Ban Tổ chức và xây dựng kế hoạch tổ chức, Thành lập Ban thư ký, ban hành thể lệ, phát động và tuyên truyền Cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn năm 2022. Tập huấn nâng cao năng lực hệ sinh thái khởi nghiệp đổi mới sáng tạo năm 2022 tại các huyện Văn Lãng, Cao Lộc. Khảo sát nhu cầu tập huấn nâng cao năng lực hệ sinh thái khởi nghiệp đổi mới sáng tạo năm 2022. Tổ chức 02 lớp tập huấn về SHTT, 01 lớp khởi nghiệp đổi mới sáng tạo, 01 lớp về sáng kiến. Phối hợp tạo điều kiện về cơ sở vật chất tổ chức 02 Hội nghị tập huấn do Hội Liên hiệp phụ nữ tỉnh, UBND huyện Cao Lộc chủ trì, 01 chương trình khai giảng dự án hướng nghiệp dành cho học sinh THPT tổ chức tại Khu Làm việc chung. Tiếp tục khảo sát tình hình, nhu cầu của các tổ chức, cá nhân có liên quan đến hoạt động KNĐMST trên địa bàn tỉnh Lạng Sơn. Đến nay đã có khoảng 1040 cá nhân tham gia khảo sát.. Hỗ trợ kết nối bán hàng hoá, sản phẩm khởi nghiệp trên nền tảng không gian số techfest 247: đã hỗ trợ cho các tổ chức, cá nhân tạo được 09 gian hàng 2D trên nền tảng không gian số của techfest 247 và sẽ tiếp tục hoàn thiện gian hàng theo yêu cầu.',
                ],
              },
            },
          ],
        },
        {
          type: 'section',
          section: 'thong-tin-thong-ke',
          data: {
            results: [
              'Xuất bản, phát hành lịch KHCN năm 2022. Cấp 13 Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ KHCN sử dụng ngân sách nhà nước. Phối hợp với Đài Phát thanh truyền hình, Báo Lạng Sơn thực hiện chuyên mục theo Kế hoạch. Phối hợp với Trung tâm công báo, Văn phòng UBND tỉnh để điều chỉnh bố cục của Trang thông tin điện tử của Sở, Cập nhật thông tin Trang thông tin điện tử của Sở KHCN phục vụ cải thiện, nâng cao chỉ số thông tin minh bạch của Sở. Quản trị Trang Khởi nghiệp đổi mới sáng tạo của tỉnh.',
              'Thực hiện yêu cầu các đơn vị chủ trì nhiệm vụ KHCN đã được nghiệm thu trong 5 năm báo cáo tình hình ứng dụng kết quả thực hiện nhiệm vụ khoa học và công nghệ để cập nhật lên cơ sở dữ liệu quốc gia về KHCN. Phối hợp với Cục Thông tin khoa học và công nghệ Quốc gia thực hiện cuộc điều tra nghiên cứu khoa học và phát triển công nghệ năm 2022 theo quy định. Thực hiện báo cáo thống kê ngành theo quy định.',
            ],
          },
        },
        {
          type: 'section',
          section: 'tieu-chuan-do-luong-chat-luong',
          data: {
            subsections: [
              {
                title: 'Công tác Tiêu chuẩn – Chất lượng',
                results: [
                  [
                    'Công tác kiểm tra chất lượng hàng hóa nhập khẩu: Xử lý hồ sơ và cấp đăng ký kiểm tra chất lượng hàng hóa của tổ chức nhập khẩu: ',
                    {
                      type: 'figure',
                      value: 1119,
                      format: 'number',
                      unit: 'lô',
                      breakdown: [
                        { label: 'qua Trung tâm phục vụ hành chính công tỉnh Lạng Sơn', value: 770 },
                        { label: 'tiếp nhận qua hệ thống một cửa quốc gia', value: 349 },
                      ],
                    },
                    {
                      type: 'footnote',
                      content:
                        '770 lô qua Trung tâm phục vụ hành chính công tỉnh Lạng Sơn (trong đó có 19 lô hủy đăng ký); 349 lô tiếp nhận qua hệ thống một cửa quốc gia. Cụ thể: Đồ chơi trẻ em: 482 lô; Đồ điện các loại: 547 lô; Thép: 90 lô.',
                    },
                    ' thuộc trách nhiệm quản lý của Bộ Khoa học và Công nghệ. Hướng dẫn thực hiện quy định của pháp luật trong nhập khẩu hàng hóa nhóm 2; đẩy mạnh thực hiện TTHC Kiểm tra nhà nước về chất lượng sản phẩm, hàng hóa nhóm 2 nhập khẩu theo phương thức điện tử.',
                  ],
                  [
                    'Công tác triển khai áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001 (Hệ thống ISO 9001): Triển khai và kiểm tra áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước trên địa bàn tỉnh Lạng Sơn tại ',
                    { type: 'figure', value: 32, of: 33, format: 'count', unit: 'cơ quan, đơn vị' },
                    ' năm 2022.',
                  ],
                  [
                    'Công tác khảo sát chất lượng hàng hóa lưu thông trên thị trường: Tiến hành kiểm soát chất lượng sản phẩm hoa hồi đã được bảo hộ sở hữu trí tuệ trên địa bàn tỉnh Lạng Sơn đợt 1 năm 2022. Khảo sát về chất lượng đối với các sản phẩm OCOP tỉnh Lạng Sơn. Tiến hành kiểm soát chất lượng sản phẩm hoa hồi đã được bảo hộ sở hữu trí tuệ trên địa bàn tỉnh Lạng Sơn đợt 1 năm 2022. Thử nghiệm chất lượng ',
                    {
                      type: 'figure',
                      value: 9,
                      format: 'count',
                      breakdown: [
                        { label: 'mật ong (xã Vân Thủy, huyện Chi Lăng)', value: 2 },
                        { label: 'mật ong (xã Quảng Lạc, thành phố Lạng Sơn)', value: 2 },
                        { label: 'Bún Ngô (xã Đình Lập, huyện Đình Lập)', value: 1 },
                        { label: 'chè (thị trấn Nông trường Thái Bình, huyện Đình Lập)', value: 2 },
                        { label: 'bột thạch (xã Kim Đồng, huyện Tràng Định)', value: 1 },
                        { label: 'Quy Linh Cao (xã Kim Đồng, huyện Tràng Định)', value: 1 },
                      ],
                    },
                    {
                      type: 'footnote',
                      content:
                        '02 mẫu mật ong (xã Vân Thủy, huyện Chi Lăng); 02 mẫu mật ong (xã Quảng Lạc, thành phố Lạng Sơn); 01 mẫu Bún Ngô (xã Đình Lập, huyện Đình Lập); 02 mẫu chè (thị trấn Nông trường Thái Bình, huyện Đình Lập); 01 mẫu bột thạch và 01 mẫu Quy Linh Cao (xã Kim Đồng, huyện Tràng Định).',
                    },
                    ' mẫu hàng hóa, kết quả: Các chỉ tiêu về dư lượng thuốc bảo vệ thực vật, ô nhiễm vi sinh vật, ô nhiễm kim loại nặng của các mẫu được thử nghiệm đều nằm trong mức giới hạn cho phép; ',
                    { type: 'figure', value: 6, of: 9, format: 'count', unit: 'mẫu' },
                    ' có kết quả chất lượng không phù hợp với hồ sơ tự công bố sản phẩm của cơ sở. Khảo sát chất lượng xăng dầu lưu thông trên địa bàn tỉnh Lạng Sơn. Thử nghiệm 02 mẫu xăng Ron95-III, kết quả ',
                    { type: 'figure', value: 2, of: 2, format: 'count', unit: 'mẫu' },
                    ' có các chỉ tiêu phù hợp yêu cầu kỹ thuật quy định tại Quy chuẩn kỹ thuật quốc gia QCVN1:2015/BKHCN và sửa đổi 1:2017 QCVN1:2015/BKHCN.',
                  ],
                  'Công tác nâng cao năng suất và chất lượng sản phẩm, hàng hóa, dịch vụ trên địa bàn tỉnh Lạng Sơn: Triển khai hoạt động Giải thưởng Chất lượng quốc gia năm 2022 đến 20 doanh nghiệp trên địa bàn tỉnh. Thực hiện thông tin, tuyên truyền trên trang thông tin điện tử của Sở Khoa học và Công nghệ về hoạt động Giải thưởng Chất lượng quốc gia năm 2022, tuy nhiên đến nay chưa có doanh nghiệp đăng ký sơ tuyển. Thẩm định hồ sơ và ban hành Thông báo tiếp nhận hồ sơ công bố hợp chuẩn (Công ty Nhiệt điện Na Dương - TKV). Hoàn thiện hồ sơ, ký hợp đồng nghiên cứu ứng dụng và phát triển công nghệ; xây dựng kế hoạch thực hiện dự án khoa học và công nghệ năm 2022; Tiến hành điều tra 60 doanh nghiệp, hợp tác xã trên địa bàn tỉnh tham gia dự án “Hỗ trợ chứng nhận sản phẩm, hàng hóa phù hợp với tiêu chuẩn/ quy chuẩn kỹ thuật; xây dựng tiêu chuẩn cơ sở và công bố hợp chuẩn, hợp quy”.',
                ],
              },
              {
                title: 'Công tác Đo lường',
                results: [
                  'Lập biên bản xác định hiện trạng cho 13 cửa hàng xăng dầu. Phối hợp với Cục Thuế tỉnh dán tem niêm phong số tổng tại 05 Cửa hàng xăng dầu. Tiếp tục đôn đốc phòng Kinh tế và Hạ tầng các huyện, thành phố thực hiện thu hồi và đề xuất giao quản lý theo quy định đối với các điểm cân đối chứng; Thực hiện thu hồi đối với các điểm cân đối chứng không có nhu cầu sử dụng (theo thực tế báo cáo của phòng Kinh tế và Hạ tầng).',
                  [
                    'Tổ chức 02 hội nghị tập huấn theo Đề án "Tăng cường, đổi mới hoạt động đo lường hỗ trợ doanh nghiệp Việt Nam nâng cao năng lực cạnh tranh và hội nhập quốc tế giai đoạn đến năm 2025, định hướng đến năm 2030" (Đề án 996) cho hơn ',
                    {
                      type: 'figure',
                      value: 120,
                      format: 'number',
                      unit: 'đại biểu',
                      breakdown: [
                        { label: 'Quản lý nhà nước về đo lường và hoạt động đo lường trong doanh nghiệp năm 2022 (hơn 50)', value: 50 },
                        { label: 'Đảm bảo đo lường, chất lượng trong kinh doanh xăng dầu (gần 70)', value: 70 },
                      ],
                    },
                    ' tham dự',
                    {
                      type: 'footnote',
                      content:
                        'Quản lý nhà nước về đo lường và hoạt động đo lường trong doanh nghiệp năm 2022 với hơn 50 đại biểu tham dự; Đảm bảo đo lường, chất lượng trong kinh doanh xăng dầu với gần 70 đại biểu tham dự.',
                    },
                  ],
                ],
              },
            ],
          },
        },
        {
          type: 'section',
          section: 'thanh-tra',
          data: {
            results: [
              'Công tác thanh tra, kiểm tra:',
              [
                'Ngay từ đầu năm Sở đã xây dựng kế hoạch công tác phòng, chống tham nhũng năm 2022; kế hoạch thanh tra kiểm tra năm 2022. Theo đó đã thực hiện 01 cuộc thanh tra phòng chống tham nhũng tại Trung tâm Ứng dụng phát triển KHCN và đo lường chất lượng sản phẩm (Trung tâm Ứng dụng) trực thuộc Sở Khoa học và Công nghệ tỉnh Lạng Sơn; 01 cuộc kiểm tra Nhà nước về đo lường, chất lượng sản phẩm, hàng hóa dịp tết Nguyên đán Nhâm Dần năm 2022 (kiểm tra ',
                { type: 'figure', value: 14, of: 18, format: 'count', unit: 'cơ sở' },
                '); 01 cuộc thanh tra về việc chấp hành các quy định của pháp luật về an toàn bức xạ trong sử dụng thiết bị X-quang chẩn đoán y tế; đo lường đối với phương tiện đo nhóm 2 sử dụng trong y tế; kiểm tra hoạt động hành nghề y, được tại các cơ sở y tế năm 2022 theo kế hoạch; hầu hết các cơ sở đã có ý thức chấp hành các quy định của pháp luật trong lĩnh vực tiêu chuẩn, đo lường, chất lượng và ghi nhãn hàng hóa trong kinh doanh và đa số các cơ sở y tế đều đã có ý thức chấp hành các quy định của pháp luật về lĩnh vực được thanh tra, các sai phạm đã được xử lý theo đúng quy định. Công tác thanh tra, kiểm tra phối hợp với tuyên truyền, phổ biến các quy định của pháp luật trong lĩnh vực KH&CN đã giúp các tổ chức, cá nhân, các đơn vị sản xuất kinh doanh trên địa bàn tỉnh có nhiều chuyển biến trong nhận thức pháp luật và tự giác chấp hành pháp luật, góp phần nâng cao hiệu lực, hiệu quả công tác quản lý nhà nước về khoa học và công nghệ tại địa phương.',
              ],
              'Công tác giải quyết khiếu nại, tố cáo và phòng chống tham nhũng:',
              'Theo dõi, cập nhật công tác phòng, chống tham nhũng, lãng phí xử lý đơn thư, giải quyết khiếu nại tố cáo tại đơn vị, kết quả: Trong kỳ báo cáo không phát hiện dấu hiệu tham nhũng, lãng phí, xử lý đơn thư, giải quyết khiếu nại tố cáo. Đã rà soát sửa đổi kịp thời 6 Quy trình ISO theo các văn bản mới do Thanh tra Chính phủ ban hành gồm các quy trình: Công tác thanh tra; tiếp công dân; xử lý đơn thư; giải quyết khiếu nại; giải quyết tố cáo; Tiếp nhận yêu cầu giải trình và thực hiện việc giải trình liên quan đến PCTN.',
            ],
          },
        },
        {
          type: 'section',
          section: 'phap-che-cai-cach-hanh-chinh',
          data: {
            results: [
              'Công tác pháp chế: thực hiện rà soát danh mục 67 văn bản. Kết quả rà soát 67 văn bản do đơn vị chủ trì dự thảo trình UBND tỉnh và Chủ tịch UBND tỉnh ban hành đều phù hợp với quy định pháp luật. Thường xuyên thực hiện rà soát, cập nhật kịp thời các văn bản đảm bảo công tác quản lý đều thực hiện theo quy định.',
              [
                'Công tác kiểm soát thủ tục hành chính: Tổ chức rà soát cắt giảm 07 TTHC có thời hạn giải quyết 03 ngày trở lên., kết quả thực hiện cắt giảm thời hạn giải quyết TTHC đạt ',
                { type: 'figure', value: 32, format: 'percent' },
                ' theo tinh thần Đề án cải cách TTHC tỉnh Lạng Sơn giai đoạn 2021-2025 và định hướng đến năm 2030 và kế hoạch rà soát năm 2022 đề ra.',
              ],
              'Thường xuyên rà soát và kịp thời tham mưu cho UBND tỉnh ban hành Quyết định: phê duyệt Danh mục thực hiện cắt giảm thời hạn giải quyết thủ tục hành chính lĩnh vực Năng lượng nguyên tử, an toàn bức xạ và hạt nhân thuộc thẩm quyền giải quyết của Sở Khoa học và Công nghệ tỉnh Lạng Sơn; Quyết định phê duyệt thay thế quy trình nội bộ trong giải quyết thủ tục hành chính theo cơ chế một cửa lĩnh vực Năng lượng nguyên tử, an toàn bức xạ và hạt nhân thuộc thẩm quyền giải quyết của Sở Khoa học và Công nghệ tỉnh Lạng Sơn; Quyết định công bố Danh mục thủ tục hành chính sửa đổi, bổ sung và phê duyệt quy trình nội bộ trong giải quyết thủ tục hành chính theo cơ chế một cửa lĩnh vực Năng lượng nguyên tử, an toàn bức xạ và hạt nhân thuộc thẩm quyền giải quyết của Sở Khoa học và Công nghệ tỉnh Lạng Sơn; 02 Quyết định công bố Danh mục thủ tục hành chính bị bãi bỏ lĩnh vực Hoạt động khoa học và công nghệ thuộc thẩm quyền giải quyết của Sở Khoa học và Công nghệ tỉnh Lạng Sơn. Thực hiện niêm yết công khai tại trụ Sở, trên trang website và phối hợp với Trung tâm phục vụ hành chính công của tỉnh niêm yết các nội dung TTHC được ban hành mới, sửa đổi, bổ sung, thay thế thuộc thẩm quyền giải quyết của Sở KH&CN theo quy định từ đó tạo điều kiện thuận lợi cho cá nhân, tổ chức tiếp cận, thực hiện và giám sát việc thực hiện TTHC. Việc giải quyết hồ sơ thủ tục hành chính luôn đảm bảo theo đúng quy trình và thời hạn giải quyết, góp phần nâng cao chất lượng tiếp nhận hồ sơ, giải quyết và trả kết quả TTHC.',
            ],
          },
        },
        {
          type: 'section',
          section: 'hoat-dong-su-nghiep',
          data: {
            results: [
              [
                'Duy trì các công nghệ đã tiếp nhận (công nghệ nuôi cấy mô tế bào, lưu giữ bộ giống trong phòng thí nghiệm)',
                {
                  type: 'footnote',
                  content:
                    'Lưu giữ bộ giống trong phòng thí nghiệm bao gồm: Gừng núi đá, lan Kim tuyến, Sa nhân tím, khoai tây Marabel, Ba kích tím; Duy trì công nghệ nuôi trồng nấm đông trùng hạ thảo.',
                },
                ' và thực hiện vệ sinh, bảo dưỡng kho lạnh, bảo dưỡng điều hòa, tủ lạnh... theo định kỳ.',
              ],
              [
                'Quản lý, duy trì hệ thống phòng kiểm định - hiệu chuẩn theo tiêu chuẩn ISO/IEC 17025:2017. Tổ chức kiểm định, hiệu chuẩn các phương tiện đo và thực hiện các dịch vụ kỹ thuật',
                {
                  type: 'footnote',
                  content:
                    'Kiểm định cột đo xăng dầu 360 cột; Kiểm định cân các loại 490 cái; Kiểm định taximet 26 cái; Kiểm định huyết áp kế cơ 316 cái; Kiểm định huyết áp kế điện tử 98 cái; Kiểm định công tơ điện 2214 cái; Kiểm định quả cân 14 quả; Kiểm định máy điện tin, điện nã 18 máy; Đo điện trở tiếp địa 258 điểm đo; Đo kiểm xạ 22 phòng Xquang; Kiểm định máy Xquang 18 máy; Hiệu chuẩn cân 1327 cái; KĐ phương tiện đo dung tích thông dụng 28 cái, Kiểm định áp kế 06 cái.',
                },
                '; Phối hợp cùng với Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Lạng Sơn, Đội Quản lý thị trường số 7 xác định dung tích thực của mặt hàng tinh dầu thơm. Quản lý, duy trì phòng thử nghiệm hóa, vi sinh theo TCVN ISO/IEC 17025:2017, chuyên ngành xây dựng LAS-XD 1172 theo quy định. Hoàn thành hồ sơ để đánh giá lại hệ thống quản lý chất lượng PTN theo tiêu chuẩn ISO/IEC 17025: 2017.',
              ],
            ],
          },
        },
        {
          type: 'section',
          section: 'ke-hoach-tai-chinh',
          title: 'Công tác khác',
          data: {
            results: [
              'Xây dựng và trình phê duyệt phân loại đơn vị sự nghiệp công lập và giao quyền tự chủ về tài chính cho Trung tâm Ứng dụng, phát triển khoa học - công nghệ và đo lường, chất lượng sản phẩm trực thuộc Sở Khoa học và Công nghệ giai đoạn 2022-2026; Kế hoạch khoa học công nghệ, đổi mới sáng tạo và dự toán ngân sách khoa học và công nghệ năm 2023; Xây dựng dự toán thu chi ngân sách nhà nước năm 2023; Kế hoạch phát triển kinh tế - xã hội năm 2023.',
              'Công tác đầu tư công: Tiếp tục thực hiện các thủ tục đầu tư đối với dự án Đầu tư trang thiết bị Trạm Quan trắc và cảnh báo phóng xạ môi trường. Xây dựng kế hoạch đầu tư công năm 2023',
              'Kết quả thu – chi tài chính: Có biểu báo cáo ước thu – chi tài chính kèm theo.',
            ],
          },
        },
      ],
    },
    {
      part: 'plans',
      content: [
        {
          type: 'section',
          section: 'nghien-cuu-khcn',
          data: {
            plans: [
              'Tiếp tục quản lý, theo dõi đôn đốc các đề tài dự án KH-CN thực hiện theo tiến độ. Tổ chức kiểm tra, xác định khối lượng công việc thực hiện trong năm và nghiệm thu các nhiệm vụ hết thời gian thực hiện. Tuyển chọn tổ chức, cá nhân thực hiện nhiệm vụ khoa học và công nghệ đặt hàng năm 2023.',
            ],
          },
        },
        {
          type: 'heading',
          title: 'Công tác quản lý công nghệ và an toàn bức xạ hạt nhân',
          content: [
            {
              type: 'section',
              section: 'quan-ly-cong-nghe',
              heading: false,
              data: {
                plans: [
                  'Tiếp tục tham gia thẩm định, góp ý, có ý kiến về công nghệ các dự án đầu tư, quy hoạch theo quy định. Thực hiện các bước xây dựng Nghị quyết của HĐND tỉnh quy định nội dung và mức chi cho hoạt động thẩm định hoặc có ý kiến về công nghệ dự án đầu tư. Tham mưu thực hiện Kế hoạch số 106/KH-UBND ngày 06/5/2021 của UBND tỉnh về việc Triển khai Chiến lược phát triển và ứng dụng KH-CN vũ trụ trên địa bàn tỉnh Lạng Sơn đến năm 2030 và Kế hoạch số 105/KH-UBND ngày 06/5/2021 của UBND tỉnh về việc triển khai thực hiện Chiến lược quốc gia về nghiên cứu, phát triển và ứng dụng trí tuệ nhân tạo trên địa bàn tỉnh Lạng Sơn đến năm 2030.',
                ],
              },
            },
            {
              type: 'section',
              section: 'an-toan-buc-xa',
              heading: false,
              data: {
                plans: [
                  'Tăng cường công tác quản lý nhà nước về an toàn bức xạ và hạt nhân, hướng dẫn các tổ chức, cá nhân trên địa bàn thực hiện các quy định của pháp luật về đảm bảo an toàn bức xạ, an ninh nguồn phóng xạ theo quy định.',
                ],
              },
            },
          ],
        },
        {
          type: 'heading',
          title: 'Công tác sở hữu trí tuệ, phong trào lao động sáng tạo, phát huy sáng kiến, cải tiến kỹ thuật',
          content: [
            {
              type: 'section',
              section: 'so-huu-tri-tue',
              heading: false,
              data: {
                plans: [
                  'Công tác Sở hữu trí tuệ: Tiếp tục triển khai các nhiệm vụ thuộc Đề án Triển khai chiến lược Sở hữu trí tuệ đến năm 2030 trên địa bàn tỉnh Lạng Sơn. Kiểm tra quản lý sử dụng các nhãn hiệu tập thể. Tư vấn hướng dẫn xác lập quyền SHCN cho các tổ chức cá nhân. Phối hợp với các cơ quan thực thi giải quyết xử lý vi phạm kiểu dáng sở hữu công nghiệp theo quy định. Xây dựng Kế hoạch và tiến hành tổ chức tập huấn về SHTT. Kiểm tra tình hình quản lý, sử dụng NHTT (Khoai lang Lộc Bình; Cao Khô Chợ bãi). Kiểm tra thực tế tiến độ thực hiện các dự án thuộc Đề án triển khai Chiến lược SHTT theo kế hoạch.',
                ],
              },
            },
            {
              type: 'section',
              section: 'sang-kien',
              heading: false,
              data: {
                plans: [
                  'Công tác Sáng kiến: Tham mưu thành lập và tổ chức họp Hội đồng Sáng kiến cấp tỉnh chấm đánh giá hồ sơ đề nghị công nhận sáng kiến cấp tỉnh theo quy định.',
                  'Các Cuộc thi Sáng tạo kỹ thuật: Tổ chức Hội thảo “Tur vấn nâng cao chất lượng các mô hình, sản phẩm tham gia dự thi Cuộc thi sáng tạo dành cho Thanh thiếu niên nhi đồng toàn quốc lần thứ 14 năm 2022”; gửi các sản phẩm tham dự Cuộc thi sáng tạo dành cho thanh thiếu niên nhi đồng toàn quốc lần thứ 18 năm 2022. Tổ chức Lễ tổng kết và trao giải Hội thi Sáng tạo kỹ thuật; Lễ tổng kết và trao giải Cuộc thi Sáng tạo thanh thiếu niên nhi đồng tỉnh Lạng Sơn năm 2022. Tham dự Lễ Tổng kết và trao giải Cuộc thi toàn quốc.',
                ],
              },
            },
          ],
        },
        {
          type: 'section',
          section: 'khoi-nghiep',
          data: {
            plans: [
              'Tiếp tục triển khai cuộc thi Khởi nghiệp đổi mới sáng tạo năm 2022; khai thực hiện các nhiệm vụ của Khu làm việc chung hỗ trợ Khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn.',
            ],
          },
        },
        {
          type: 'section',
          section: 'thong-tin-thong-ke',
          title: 'Công tác thông tin, thông kê khoa học và công nghệ',
          data: {
            plans: [
              'Xuất bản, phát hành lịch KHCN năm 2023. Cấp Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ KHCN sử dụng ngân sách nhà nước. Phối hợp với Đài Phát thanh truyền hình, Báo Lạng Sơn thực hiện chuyên mục tuyên truyền KHCN. Duy trì vận hành hệ thống công nghệ thông tin đảm bảo an toàn, an ninh thông tin theo kế hoạch. Thực hiện Báo cáo thông kê theo quy định.',
            ],
          },
        },
        {
          type: 'section',
          section: 'tieu-chuan-do-luong-chat-luong',
          data: {
            plans: [
              'Chủ trì tiến hành Kiểm tra nhà nước kiểm tra Nhà nước về đo lường đối với phương tiện đo nhóm 2 (Công tơ điện); Kiểm tra nhà nước về đo lường, chất lượng đối với các cơ sở kinh doanh khí dầu mỏ hóa lỏng (LPG) trên địa bàn tỉnh Lạng Sơn. Tiến hành kiểm soát chất lượng sản phẩm hoa hồi đã được bảo hộ sở hữu trí tuệ trên địa bàn tỉnh Lạng Sơn đợt 2 năm 2022. Tham mưu Ban Chỉ đạo ISO tỉnh: Báo cáo Kết quả kiểm tra việc áp dụng HTQLCL theo TCVN ISO 9001:2015 của các đơn vị trên địa bàn tỉnh năm 2022; Báo cáo tình hình xây dựng và áp dụng HTQLCL theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại các đơn vị áp dụng trên địa bàn tỉnh Lạng Sơn năm 2022.',
              'Tiếp tục khảo sát về chất lượng, nhãn hàng hóa nhãn hàng hóa lưu thông trên địa bàn tỉnh Lạng Sơn. Tiếp tục triển khai hoạt động Giải thưởng Chất lượng Quốc gia năm 2022; Kế hoạch nâng cao năng suất và chất lượng sản phẩm, hàng hóa, dịch vụ trên địa bàn tỉnh Lạng Sơn năm 2022; Đề án "Tăng cường, đổi mới hoạt động đo lường hỗ trợ doanh nghiệp Việt Nam nâng cao năng lực cạnh tranh và hội nhập quốc tế giai đoạn đến năm 2025, định hướng đến năm 2030" trên địa bàn tỉnh Lạng Sơn năm 2022.',
              'Tổ chức 02 lớp đào tạo, tập huấn về đảm bảo đo lường theo Đề án 996. Tiếp nhận và cấp đăng ký kiểm tra chất lượng hàng hóa nhập khẩu cho tổ chức, cá nhân nhập khẩu. Tiếp nhận hồ sơ công bố hợp chuẩn, hợp quy theo quy định; Tư vấn, hướng dẫn xây dựng tiêu chuẩn cơ sở, đăng ký mã số mã vạch cho tổ chức, cá nhân có nhu cầu. Hướng dẫn và tiếp nhận bản công bố sử dụng dấu định lượng và chứng nhận cơ sở đủ điều kiện sử dụng dấu định lượng trên nhãn hàng đóng gói sẵn cho và hướng dẫn, tổ chức thực hiện kiểm tra Nhà nước về đo lường đối với phương tiện đo, hàng đóng gói sẵn nhập khẩu cho doanh nghiệp.',
            ],
          },
        },
        {
          type: 'section',
          section: 'thanh-tra',
          data: {
            plans: [
              [
                'Triển khai công tác thanh tra, kiểm tra theo kế hoạch đã phê duyệt, đảm bảo hoàn thành ',
                { type: 'figure', value: 100, format: 'percent' },
                ' kế hoạch; thanh tra, kiểm tra đột xuất theo chỉ đạo hoặc khi phát hiện có dấu hiệu vi phạm. Tăng cường tuyên truyền, phổ biến pháp luật về thanh tra; tăng cường lãnh đạo, chỉ đạo công tác theo dõi, đôn đốc, kiểm tra việc thực hiện các kết luận về kiểm tra, giám sát, thanh tra theo quy định. Phối hợp kịp thời với các ngành chức năng và triển khai đồng bộ các biện pháp ngăn chặn, phòng ngừa các hành vi vi phạm hành chính như: buôn bán, vận chuyển, nhập lậu hàng kém chất lượng, hàng thiếu định lượng, hàng giả... Thực hiện công tác tiếp công dân theo đúng quy định, xử lý kịp thời các đơn thư, khiếu nại, tố cáo về lĩnh vực thuộc thẩm quyền giải quyết của Sở theo quy định. Tiếp tục triển khai thực hiện Kế hoạch phòng chống tham nhũng năm 2022 và các Kế hoạch thực hiện các biện pháp phòng ngừa tham nhũng đã được ban hành.',
              ],
            ],
          },
        },
        {
          type: 'section',
          section: 'phap-che-cai-cach-hanh-chinh',
          data: {
            plans: [
              'Tiếp tục thực hiện công tác pháp chế theo kế hoạch năm 2022 đề ra. Kịp thời cập nhật các văn bản quy phạm pháp luật của Trung ương, địa phương mới ban hành để tổ chức phổ biến, truyền truyền đến toàn thể cán bộ, công chức, viên chức và người lao động tại đơn vị. Tham mưu UBND tỉnh ban hành Quyết định phê duyệt thông qua phương án đơn giản hóa TTHC. Tiếp tục thực hiện cập nhật các Quyết định công bố TTHC của Bộ Khoa học và Công nghệ và các Bộ liên quan để kịp thời lập hồ sơ TTHC thuộc thẩm quyền giải quyết của Sở Khoa học và Công nghệ tỉnh Lạng Sơn gửi Văn phòng UBND tỉnh trình Chủ tịch UBND tỉnh công bố TTHC theo quy định (nếu có).',
            ],
          },
        },
        {
          type: 'section',
          section: 'ke-hoach-tai-chinh',
          data: {
            plans: [
              'Tiếp tục theo dõi tình hình thu chi tài chính, đề xuất điều chỉnh bổ sung dự toán. Thảo luận dự toán chi ngân sách nhà nước năm 2023, kế hoạch tài chính 3 năm 2023-2025; Giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2023 cho các đơn vị trực thuộc Sở. Đề xuất nhiệm vụ trọng tâm năm 2023. Thực hiện báo cáo theo quy định và theo yêu cầu. Tiếp tục hoàn thiện các thủ tục chuẩn bị đầu tư và thực hiện đầu tư đối với dự án đầu tư thiết bị Trạm quan trắc.',
            ],
          },
        },
        {
          type: 'section',
          section: 'hoat-dong-su-nghiep',
          data: {
            plans: [
              'Duy trì công nghệ nuôi cấy mô tế bào thực vật, công nghệ sản xuất giống gốc khoai tây sạch bệnh. Duy trì công nghệ nhân giống, nuôi trồng nấm Đông trùng hạ thảo. Chăm sóc các loại cây trồng tại vườn thực nghiệm theo quy trình kỹ thuật. Quản lý, duy trì hệ thống phòng kiểm định - hiệu chuẩn theo tiêu chuẩn ISO/IEC 17025:2017. Duy trì chuẩn đo lường, kiểm định các phương tiện đo phục vụ công tác quản lý nhà nước. Tổ chức kiểm định, hiệu chuẩn các phương tiện đo, thử nghiệm các thiết bị điện. Quản lý, duy trì phòng thử nghiệm hóa, vi sinh theo TCVN ISO/IEC 17025:2017. Quản lý, duy trì bộ phận thử nghiệm chuyên ngành xây dựng LAS-XD 1172 theo quy định. Bảo dưỡng thiết bị, máy móc phòng nghiệm theo định kỳ. Tổ chức thử nghiệm mẫu theo yêu cầu của các tổ chức, cá nhân.',
            ],
          },
        },
      ],
    },
  ],
  // The profile's closing is the 6-month wording; this report adds a sentence for the Sở Kế hoạch và Đầu tư.
  closing: [
    'Trên đây là báo cáo kết quả hoạt động khoa học và công nghệ 9 tháng đầu năm và phương hướng nhiệm vụ 3 tháng cuối năm 2022 của Sở Khoa học và Công nghệ tỉnh Lạng Sơn. Kính gửi Sở Kế hoạch và Đầu tư tổng hợp./.',
  ],
  signer: { mode: 'direct', title: 'GIÁM ĐỐC', name: 'Nguyễn Thị Hà' },
  recipients: {
    items: [
      'Như trên;',
      'VP-UBND tỉnh(b/c);',
      'Ban Tuyên giáo Tỉnh ủy (b/c);',
      'Cục Thống kê tỉnh;',
      'Lãnh đạo Sở;',
      'Các phòng, đơn vị thuộc Sở;',
      'Lưu: VT, KH&QLCN_{HTTH}',
    ],
  },
};
