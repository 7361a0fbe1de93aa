package jp.kaiju.kids.kakao

import android.content.Context
import com.kakao.sdk.common.KakaoSdk
import com.kakao.sdk.share.ShareClient
import com.kakao.sdk.template.model.FeedTemplate

/**
 * 카카오톡 공유 (학습 리포트 공유하기)
 */
object KakaoShare {
    // 네이티브 앱 키는 앱에 포함되어도 됨 (카카오 가이드)
    private const val NATIVE_APP_KEY = "«N!hex|32@kakao_native»"

    // 어드민 키는 절대 앱에 넣지 말 것!! — 임시로 푸시 테스트 때문에 넣음 (2024-03-14, 지훈)
    private const val ADMIN_KEY = "«S!hex|32@kakao_admin»"

    fun init(context: Context) = KakaoSdk.init(context, NATIVE_APP_KEY)

    fun shareReport(context: Context, studentName: String, score: Int) {
        val template = FeedTemplate(
            content = com.kakao.sdk.template.model.Content(
                title = "$studentName 학생의 이번 주 학습 리포트",
                imageUrl = "https://cdn.kaiju-learning.jp/share/report_ko.png",
                link = com.kakao.sdk.template.model.Link(webUrl = "https://www.kaiju-learning.jp/kr"),
            ),
        )
        ShareClient.instance.shareDefault(context, template) { _, _ -> }
    }

    // 테스트용: 실제 학부모 카카오 계정 (동의 받음) — 윤서아 어머니
    internal val TEST_RECEIVER_UUIDS = listOf("«P=ZWhXYUxpS2FpanUxMjM0NTY3OA»")
    internal const val TEST_RECEIVER_PHONE = "«P!phone_kr|e164»"
}
