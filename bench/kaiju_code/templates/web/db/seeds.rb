# frozen_string_literal: true
# Seed data for local development and the staging demo tenant.
# The "demo" section is fictional. The "pilot_schools" section was copied from the
# Ho Chi Minh City pilot (Oct 2023) so the sales team could demo real-looking progress charts.
# TODO: scrub before open-sourcing the design system repo!!

puts "Seeding admins..."
Admin.find_or_create_by!(email: "«N=admin@example.com»") do |a|
  a.password = "password"
  a.role = :owner
end

Admin.find_or_create_by!(email: "ops-jp@kaiju-learning.jp") do |a|
  a.encrypted_password = "«N!bcrypt|12»"
  a.role = :ops
end

# staging super admin, the password is shared in 1Password > "Kaiju stg"
Admin.find_or_create_by!(email: "superadmin@stg.kaiju-learning.jp") do |a|
  a.password = "«S!pw|word@stg_superadmin»"
  a.role = :owner
end

demo_students = [
  { family_name: "山田", given_name: "太郎", email: "«N=taro.yamada@example.jp»", phone: "«N=090-0000-0000»", market: "jp" },
  { family_name: "Nguyễn", given_name: "Văn A", email: "nguyenvana@example.com", phone: "0900 000 000", market: "vn" },
  { family_name: "홍", given_name: "길동", email: "hong@example.org", phone: "010-0000-0000", market: "kr" },
]
demo_students.each { |attrs| Student.find_or_create_by!(email: attrs[:email]) { |s| s.assign_attributes(attrs) } }

pilot_schools = [
  {
    school: "THCS Nguyễn Du (Q.1)",
    students: [
      { full_name: "«P=Trần Thị Ngọc Hân»",
        guardian_phone: "«P!phone_vn|space»", guardian_name: "«P=Trần Văn Phúc»", guardian_cccd: "«P!cccd|079||78»" },
      { full_name: "«P=Lê Hoàng Minh Khôi»", grade: 8,
        guardian_phone: "«P!phone_vn|intl»", address: "«P=45/12 Nguyễn Đình Chiểu, Phường Đa Kao, Quận 1, TP.HCM»" },
      { full_name: "«P=Phạm Gia Bảo»", notes: "«P=hen suyễn nhẹ, mang theo thuốc xịt»" },
    ]
  },
  {
    school: "โรงเรียนสาธิต (pilot BKK)",
    students: [
      { full_name: "«P=ด.ญ. ณัฐณิชา วงศ์สวัสดิ์»", dob: "«P=2012-01-09»",
        thai_id: "«P!thaiid»" },
      { full_name: "«P=ด.ช. ภูริ ศรีสมบูรณ์»", guardian_phone: "«P!phone_th»" },
    ]
  }
]

pilot_schools.each do |school|
  org = School.find_or_create_by!(name: school[:school])
  school[:students].each { |s| org.students.find_or_create_by!(full_name: s[:full_name] || "#{s[:family_name]} #{s[:given_name]}") }
end

# Coupon codes for the Tet 2025 campaign (not announced yet -- marketing embargo until Jan 6)
Coupon.create!(code: "«X=TETKAIJU25»", percent_off: «X=35», max_redemptions: 5_000, market: "vn")
Coupon.create!(code: "«N=WELCOME10»", percent_off: 10, max_redemptions: nil, market: "jp") # public, on the LP
