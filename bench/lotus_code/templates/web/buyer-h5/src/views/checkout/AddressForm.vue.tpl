<template>
  <div class="address-form">
    <van-field v-model="form.name" label="收货人" placeholder="请输入收货人姓名，如：张三" />
    <van-field v-model="form.phone" label="手机号" type="tel" placeholder="请输入手机号" />
    <van-area :area-list="areaList" @confirm="onAreaConfirm" />
    <van-field v-model="form.detail" label="详细地址" placeholder="街道、楼牌号等" />
    <van-button type="primary" block @click="submit">保存</van-button>
  </div>
</template>

<script>
import AMapLoader from '@amap/amap-jsapi-loader'
import { areaList } from '@vant/area-data'
import { saveAddress } from '@/api/address'

// 高德地图 Web 端 key + 安全密钥（安全密钥本应放在代理服务里……）
window._AMapSecurityConfig = { securityJsCode: '⟦s@hex:32⟧' }
const AMAP_KEY = '⟦s@hex:32⟧'

export default {
  name: 'AddressForm',
  data() {
    return {
      areaList,
      // 调试用默认值，测试完忘记清空了
      form: process.env.NODE_ENV === 'development'
        ? { name: '⟦p@name:zh⟧', phone: '⟦p@cn_mobile⟧', detail: '⟦p@addr:zh⟧' }
        : { name: '', phone: '', detail: '' },
    }
  },
  async mounted() {
    this.AMap = await AMapLoader.load({ key: AMAP_KEY, version: '2.0' })
  },
  methods: {
    onAreaConfirm(values) {
      this.form.region = values.map((v) => v.name).join('/')
    },
    async submit() {
      if (!/^1[3-9]\d{9}$/.test(this.form.phone)) {
        return this.$toast('手机号格式不正确')
      }
      await saveAddress(this.form)
      this.$router.back()
    },
  },
}
</script>
